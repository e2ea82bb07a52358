import TenorMatrix
import TenorText
import TenorSupport

/// Turns the counted chunks into the final CSR matrix: entries mapped to their columns (dropped
/// terms left out), sorted by column, weighted.
///
/// One parallel pass over the entries, batch by batch (the batches the chunks were counted in),
/// each thread taking the next batch as it finishes one. Where each batch's rows start is known
/// before it is filled, so each batch goes straight to its place, in the final arrays
/// (``matrix()``) or in a file (``RowDestination``), whichever thread fills it.
struct MatrixAssembly: Sendable {
    let counted: [TermCounts]
    /// Per chunk, chunk-local id → column, or -1 for a dropped term.
    let columnsOfChunks: [[Int32]]
    let options: VectorizerOptions
    let columns: Int
    /// Per chunk, each chunk-local term's idf (1 without idf; 0 for a dropped term). By local id
    /// rather than by column: local ids number terms in order of first sight, so the frequent
    /// terms' idfs share a few cache lines instead of being spread over the whole vocabulary.
    let idfOfChunks: [[Double]]
    /// Per batch, in corpus order: the chunk that counted it and its rows there.
    let batches: [(chunk: Int, rows: Range<Int>)]
    /// Per batch, the position of its first entry and of its first row; then the totals.
    let firstEntries: [Int]
    let firstRows: [Int]
    /// The longest row of any chunk, in entries before pruning.
    let longestRow: Int

    var rows: Int { firstRows.last! }
    var entries: Int { firstEntries.last! }

    init(counted: [TermCounts], columnsOfChunks: [[Int32]], options: VectorizerOptions, idf: [Double]?, columns: Int) {
        self.counted = counted
        self.columnsOfChunks = columnsOfChunks
        self.options = options
        self.columns = columns
        idfOfChunks = parallelMap(counted.count) { chunk in
            columnsOfChunks[chunk].map { column in column < 0 ? 0 : idf?[Int(column)] ?? 1 }
        }
        var placed = [(chunk: Int, rows: Range<Int>)?](repeating: nil, count: counted.reduce(0) { $0 + $1.batches.count })
        for (chunk, counts) in counted.enumerated() {
            for (index, taken) in counts.batches.enumerated() {
                precondition(placed.indices.contains(taken.batch) && placed[taken.batch] == nil,
                             "MatrixAssembly: the chunks' batches must be numbered 0..<\(placed.count), each once; \(taken.batch) is not")
                let end = index + 1 < counts.batches.count ? counts.batches[index + 1].firstRow : counts.rows
                placed[taken.batch] = (chunk, taken.firstRow..<end)
            }
        }
        let batches = placed.map { $0! }
        self.batches = batches
        firstRows = batches.reduce(into: [0]) { $0.append($0.last! + $1.rows.count) }
        let kept = Self.keptEntries(of: batches, counted: counted, columnsOfChunks: columnsOfChunks)
        firstEntries = kept.reduce(into: [0]) { $0.append($0.last! + $1) }
        longestRow = counted.map(\.longestRow).max() ?? 0
    }

    /// How many entries each batch keeps. A chunk that drops none of its counted terms keeps
    /// every entry (the usual case, with no document-frequency or feature limit): its batches
    /// are sized from their row offsets alone; others are counted entry by entry.
    private static func keptEntries(of batches: [(chunk: Int, rows: Range<Int>)], counted: [TermCounts],
                                    columnsOfChunks: [[Int32]]) -> [Int] {
        let keepsAll = parallelMap(counted.count) { chunk in
            zip(counted[chunk].documentFrequencies, columnsOfChunks[chunk]).allSatisfy { $0.0 == 0 || $0.1 >= 0 }
        }
        return parallelArray(batches.count) { batch in
            let (chunk, rows) = batches[batch]
            let counts = counted[chunk]
            let entries = counts.rowOffsets[rows.lowerBound]..<counts.rowOffsets[rows.upperBound]
            guard !keepsAll[chunk] else { return entries.count }
            let columnOf = columnsOfChunks[chunk]
            return counts.termIDs.withUnsafeBufferPointer { termIDs in
                columnOf.withUnsafeBufferPointer { columnOf in
                    entries.reduce(0) { $0 + (columnOf[Int(termIDs[$1])] >= 0 ? 1 : 0) }
                }
            }
        }
    }

    /// The whole matrix in memory.
    func matrix() -> SparseMatrix<Double> {
        var rowOffsets = [Int](repeating: 0, count: rows + 1)
        var values: [Double] = []
        // Left uninitialised: each kept position is written once, by the thread filling its batch,
        // and that first touch maps the page (zeroing them first faulted them in on one thread).
        let columnIndices = [Int32](unsafeUninitializedCapacity: entries) { columnBuffer, columnCount in
            values = [Double](unsafeUninitializedCapacity: entries) { valueBuffer, valueCount in
                HugePages.advise(columnBuffer)
                HugePages.advise(valueBuffer)
                rowOffsets.withUnsafeMutableBufferPointer { offsetBuffer in
                    let target = ArrayRows(columns: columnBuffer, values: valueBuffer)
                    let offsets = DisjointWrites(offsetBuffer)
                    _ = withFillers { filler, queue in
                        while let batch = queue.take() {
                            var destination = target.starting(at: firstEntries[batch])
                            filler.fill(batch, into: &destination, rowOffsets: offsets)
                        }
                    }
                }
                valueCount = entries
            }
            columnCount = entries
        }
        return SparseMatrix(builtValid: rows, columns: columns, rowOffsets: rowOffsets,
                            columnIndices: columnIndices, values: values)
    }

    /// Runs `body` on each worker thread at once, with a ``BatchFiller`` of its own and the queue
    /// of batches to take from; returns what each returned.
    func withFillers<Result: Sendable>(_ body: @Sendable (inout BatchFiller, WorkQueue) -> Result) -> [Result] {
        WorkQueue.shared(by: batches.count) { queue in
            var filler = BatchFiller(self)
            return body(&filler, queue)
        }
    }

    /// The final arrays, which the threads write in disjoint parts at once.
    private struct ArrayRows: RowDestination, @unchecked Sendable {
        let columns: UnsafeMutableBufferPointer<Int32>
        let values: UnsafeMutableBufferPointer<Double>
        var position = 0

        func starting(at position: Int) -> ArrayRows {
            ArrayRows(columns: columns, values: values, position: position)
        }

        func room(for count: Int) -> (columns: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Double>) {
            (columns.baseAddress! + position, values.baseAddress! + position)
        }

        mutating func rowEnded(holding count: Int) { position += count }
    }
}

/// Where ``MatrixAssembly`` puts one batch's rows, each row's columns ascending.
protocol RowDestination: ~Copyable {
    /// Room for the next row's `count` entries: its columns and its values.
    mutating func room(for count: Int) -> (columns: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Double>)
    /// The row just given room holds `count` entries, all written.
    mutating func rowEnded(holding count: Int)
}
