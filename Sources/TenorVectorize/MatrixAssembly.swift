import TenorMatrix
import TenorText
import TenorSupport

/// Turns the counted chunks into the final CSR matrix: entries mapped to their columns (dropped
/// terms left out), sorted by column, weighted.
///
/// One parallel pass over the entries. Where each chunk's rows start is known before it: a
/// chunk holds as many entries of a term as paragraphs hold the term, so its kept entries are the
/// sum of its kept terms' document frequencies, and no pass over the entries has to size them.
/// So each chunk's rows can go straight to their place, in the final arrays (``matrix()``) or
/// in a file (``RowDestination``).
struct MatrixAssembly: Sendable {
    let counted: [TermCounts]
    /// Per chunk, chunk-local id → column, or -1 for a dropped term.
    let columnsOfChunks: [[Int32]]
    let options: VectorizerOptions
    let idf: [Double]?
    let columns: Int
    /// Per chunk, the position of its first entry and of its first row; then the totals.
    let firstEntries: [Int]
    let firstRows: [Int]

    var rows: Int { firstRows.last! }
    var entries: Int { firstEntries.last! }

    init(counted: [TermCounts], columnsOfChunks: [[Int32]], options: VectorizerOptions, idf: [Double]?, columns: Int) {
        self.counted = counted
        self.columnsOfChunks = columnsOfChunks
        self.options = options
        self.idf = idf
        self.columns = columns
        firstEntries = counted.indices.reduce(into: [0]) { firsts, chunk in
            firsts.append(firsts.last! + zip(counted[chunk].documentFrequencies, columnsOfChunks[chunk]).reduce(0) { kept, term in
                term.1 >= 0 ? kept + Int(term.0) : kept
            })
        }
        firstRows = counted.reduce(into: [0]) { $0.append($0.last! + $1.rows) }
    }

    /// The whole matrix in memory.
    func matrix() -> SparseMatrix<Double> {
        var rowOffsets = [Int](repeating: 0, count: rows + 1)
        var values: [Double] = []
        // Left uninitialised: each kept position is written once, by the thread filling its chunk,
        // and that first touch maps the page (zeroing them first faulted them in on one thread).
        let columnIndices = [Int32](unsafeUninitializedCapacity: entries) { columnBuffer, columnCount in
            values = [Double](unsafeUninitializedCapacity: entries) { valueBuffer, valueCount in
                HugePages.advise(columnBuffer)
                HugePages.advise(valueBuffer)
                rowOffsets.withUnsafeMutableBufferPointer { offsetBuffer in
                    let target = ArrayRows(columns: columnBuffer, values: valueBuffer)
                    let offsets = DisjointWrites(offsetBuffer)
                    _ = parallelMap(counted.count) { chunk in
                        var destination = target.starting(at: firstEntries[chunk])
                        fill(chunk, into: &destination, rowOffsets: offsets)
                    }
                }
                valueCount = entries
            }
            columnCount = entries
        }
        return SparseMatrix(builtValid: rows, columns: columns, rowOffsets: rowOffsets,
                            columnIndices: columnIndices, values: values)
    }

    /// The longest row of `chunk`, in entries before pruning.
    func longestRow(of chunk: Int) -> Int {
        let counts = counted[chunk]
        return (0..<counts.rows).reduce(0) { max($0, counts.rowOffsets[$1 + 1] - counts.rowOffsets[$1]) }
    }

    /// Hands `chunk`'s rows, in order, to `destination`, and writes each row's end offset (over
    /// all chunks) into `rowOffsets`.
    func fill<Destination: RowDestination & ~Copyable>(_ chunk: Int, into destination: inout Destination, rowOffsets: DisjointWrites<Int>) {
        let counts = counted[chunk]
        let columnOf = columnsOfChunks[chunk]
        // Each term's idf by chunk-local id rather than by column: local ids number terms in order
        // of first sight, so the frequent terms' idfs share a few cache lines instead of being
        // spread over the whole vocabulary.
        let idfOf = columnOf.map { column in column < 0 ? 0 : idf?[Int(column)] ?? 1 }
        let longest = longestRow(of: chunk)
        let sorter = RowSorter(capacity: longest, columnCount: columns)
        let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: longest)
        defer { weights.deallocate() }
        let weighting = options.weighting
        let largestCount: Int32 = options.binary ? 1 : .max
        var position = firstEntries[chunk]
        let firstRow = firstRows[chunk]
        counts.termIDs.withUnsafeBufferPointer { termIDs in
            counts.counts.withUnsafeBufferPointer { termCounts in
                columnOf.withUnsafeBufferPointer { columnOf in
                    idfOf.withUnsafeBufferPointer { idfOf in
                        for row in 0..<counts.rows {
                            var kept = 0
                            for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
                                let id = Int(termIDs[entry])
                                guard columnOf[id] >= 0 else { continue }
                                sorter.columns[kept] = columnOf[id]
                                weights[kept] = weighting.weight(
                                    count: Double(min(termCounts[entry], largestCount)), idf: idfOf[id])
                                kept += 1
                            }
                            let (columns, values) = destination.room(for: kept)
                            var next = 0
                            sorter.forEachInColumnOrder(count: kept) { column, entry in
                                columns[next] = column
                                values[next] = weights[entry]
                                next += 1
                            }
                            weighting.normalize(UnsafeMutableBufferPointer(start: values, count: kept))
                            destination.rowEnded(holding: kept)
                            position += kept
                            rowOffsets.buffer[firstRow + row + 1] = position
                        }
                    }
                }
            }
        }
        precondition(position == firstEntries[chunk + 1],
                     "MatrixAssembly: chunk \(chunk) kept \(position - firstEntries[chunk]) entries, its counts promised \(firstEntries[chunk + 1] - firstEntries[chunk])")
    }

    /// The final arrays, which the chunks write in disjoint parts at once.
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

/// Where ``MatrixAssembly`` puts one chunk's rows, each row's columns ascending.
protocol RowDestination: ~Copyable {
    /// Room for the next row's `count` entries: its columns and its values.
    mutating func room(for count: Int) -> (columns: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Double>)
    /// The row just given room holds `count` entries, all written.
    mutating func rowEnded(holding count: Int)
}
