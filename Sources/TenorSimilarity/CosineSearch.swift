import Synchronization
import TenorLinearAlgebra
import TenorText
import TenorSupport

/// Exact cosine similarities between query rows and indexed rows, computed for a block of query
/// rows against a tile of indexed rows at a time and handed on row by row, so the queries × rows
/// matrix never exists whole.
///
/// Rows of any length are taken (TF-IDF with any norm, raw counts): each is scaled to unit
/// length first, so the cosine is the dot product. The products are split by column: the few columns held by many
/// rows (in text, the common words) form a dense block multiplied by SGEMM, and the long tail of
/// rarer columns is added sparsely through an inverted index (each tail column's rows). Both
/// parts are exact; single precision keeps each score within about 1e-6 of the double-precision
/// value.
///
///     let search = CosineSearch(matrix.values)
///     let neighbors = search.nearestNeighbors(count: 5)   // each row's 5 most similar other rows
public struct CosineSearch: Sendable {
    /// The rows searched (their number).
    public let indexedRows: Int
    /// The rows searched for (their number).
    public let queryRows: Int
    /// How many columns went into the dense block.
    public let denseColumns: Int
    let queries: SplitRows
    /// The indexed rows' dense columns, cut into tiles of ``tileRows`` rows.
    let indexedTiles: [DenseMatrix<Float>]
    /// The indexed rows' tail entries by column: row c lists the indexed rows holding column c.
    let postings: SparseMatrix<Float>
    /// Whether queries and indexed rows are the same rows, so a row is not its own neighbour.
    let isSelfSearch: Bool

    /// A search of every row of `rows` among the others.
    ///
    /// - Parameter denseColumns: forces the dense block's width (for measurements); by default
    ///   it is chosen from the column frequencies.
    /// - Complexity: O(nonzeros + rows × dense columns) to build.
    public init(_ rows: SparseMatrix<Double>, denseColumns: Int? = nil) {
        let frequencies = DenseColumnChoice.frequencies(rows.columnIndices, columns: rows.columns)
        let choice = DenseColumnChoice.slots(
            queryFrequencies: frequencies, indexFrequencies: frequencies,
            queries: rows.rows, indexed: rows.rows, forced: denseColumns)
        let split = SplitRows(rows, slots: choice.slots, denseColumns: choice.count)
        self.init(queries: split, indexed: split, denseColumns: choice.count, isSelfSearch: true)
    }

    /// A search of each row of `queries` among `rows` (the same columns, e.g. one vectorizer's
    /// output cut in two).
    ///
    /// - Precondition: `queries.columns == rows.columns`.
    public init(queries: SparseMatrix<Double>, among rows: SparseMatrix<Double>, denseColumns: Int? = nil) {
        precondition(queries.columns == rows.columns, "CosineSearch: queries have \(queries.columns) columns, rows \(rows.columns)")
        let choice = DenseColumnChoice.slots(
            queryFrequencies: DenseColumnChoice.frequencies(queries.columnIndices, columns: queries.columns),
            indexFrequencies: DenseColumnChoice.frequencies(rows.columnIndices, columns: rows.columns),
            queries: queries.rows, indexed: rows.rows, forced: denseColumns)
        self.init(
            queries: SplitRows(queries, slots: choice.slots, denseColumns: choice.count),
            indexed: SplitRows(rows, slots: choice.slots, denseColumns: choice.count),
            denseColumns: choice.count, isSelfSearch: false)
    }

    /// A search among dense rows (LSA coordinates) by cosine: rows are scaled to unit length and
    /// every product is SGEMM. Without `queries`, each row among the others.
    public init(embeddings rows: DenseMatrix<Double>, queries: DenseMatrix<Double>? = nil) {
        let indexed = SplitRows(unitRowsOf: rows)
        self.init(queries: queries.map { SplitRows(unitRowsOf: $0) } ?? indexed, indexed: indexed,
                  denseColumns: rows.columns, isSelfSearch: queries == nil)
    }

    private init(queries: SplitRows, indexed: SplitRows, denseColumns: Int, isSelfSearch: Bool) {
        self.queries = queries
        indexedTiles = Swift.stride(from: 0, to: indexed.rows, by: Self.tileRows).map {
            indexed.dense[rows: $0..<min(indexed.rows, $0 + Self.tileRows)]
        }
        self.denseColumns = denseColumns
        self.isSelfSearch = isSelfSearch
        queryRows = queries.rows
        indexedRows = indexed.rows
        postings = indexed.tail.transposed()
    }

    /// Each query row's `count` most similar rows, best first (ties: lower row first), scoring at
    /// least `minimumScore`; in a self search a row is never its own neighbour.
    ///
    /// The default minimum keeps only rows sharing a term (score above 0).
    ///
    /// - Complexity: O(Q·N·D) multiply-adds in SGEMM for Q queries, N rows and D dense columns,
    ///   plus the tail's pairs, plus O(Q·N) comparisons for the selection; memory O(N + Q·count),
    ///   never O(Q·N).
    ///
    /// `progress`, when given, is told how many query rows are done, a block at a time, from the
    /// worker threads.
    ///
    /// `rows`, when given, limits the search to those query rows (one entry each, in order); each
    /// scores exactly as in the search of every row, so the searches of row blocks that cover
    /// the queries together give the whole search's answer.
    public func nearestNeighbors(
        count: Int, minimumScore: Float = .leastNonzeroMagnitude, rows: Range<Int>? = nil,
        progress: (@Sendable (_ rows: Int) -> Void)? = nil
    ) -> [[Neighbor]] {
        // No row can have more neighbours than there are rows (so a huge `count` reserves nothing).
        let capacity = min(count, indexedRows)
        return scan(rows: rows, start: { _ in NeighborSelection(capacity: capacity, minimumScore: minimumScore) }, progress: progress) { selection, _, scores, first in
            selection.offer(UnsafeBufferPointer(scores), firstIndex: first)
        }.map(\.neighbors)
    }

    /// The groups of rows linked by chains of pairs scoring at least `threshold` (the connected
    /// components of two or more rows, each in row order, ordered by their first row). The pairs
    /// are joined as they are found, never stored, so a low threshold costs no memory.
    ///
    /// `progress`, when given, is told how many rows are done, a block at a time.
    ///
    /// `rows`, when given, takes only the pairs whose earlier row is among them: the groups are
    /// then those such pairs link (a later row may lie outside `rows`), and the groups of row
    /// blocks that cover every row, joined where they share a row, are the whole search's.
    ///
    /// - Precondition: a self search (`init(_:)` or `init(embeddings:)` without queries).
    public func groups(
        scoringAtLeast threshold: Float, rows: Range<Int>? = nil, progress: (@Sendable (_ rows: Int) -> Void)? = nil
    ) -> [[Int]] {
        precondition(isSelfSearch, "CosineSearch.groups: only for a search of rows among themselves")
        let sets = Mutex(UnionFind(count: indexedRows))
        _ = scan(rows: rows, start: { _ in () }, progress: progress) { _, row, scores, first in
            // Each pair once: only the later rows.
            var partners: [Int] = []
            for offset in scores.indices where scores[offset] >= threshold && first + offset > row {
                partners.append(first + offset)
            }
            guard !partners.isEmpty else { return }
            sets.withLock { sets in
                for partner in partners { sets.union(row, partner) }
            }
        }
        return sets.withLock { $0.groups() }
    }

    /// Query rows per block and indexed rows per tile: a block × tile of scores is 512 KB, so it
    /// stays in a core's L2 cache from SGEMM through the tail and the selection.
    static let blockRows = 64
    static let tileRows = 2048

    /// One state per query row of `rows` (all by default), started by `start(row)` and then given
    /// the row's scores against each tile of indexed rows in turn:
    /// `offer(&state, row, scores, firstIndexedRow)`. In a self search the row's score with
    /// itself is -infinity. `progress` hears of each block done.
    ///
    /// Query rows are cut into blocks, spread over the workers; for each block, every tile's
    /// scores are one SGEMM (dense columns) plus the tail's products walked through the postings
    /// (a cursor per tail entry moves along its posting list, which is in row order). Each worker
    /// runs its SGEMM on one BLAS thread, so the workers use the cores and BLAS starts no threads
    /// of its own on top of them. A search of one block (64 queries or fewer) thus runs on one
    /// core: letting BLAS split its products would change their last bits.
    ///
    /// Blocks start at multiples of ``blockRows`` whatever `rows` is, and a block is always
    /// scored whole (the rows outside `rows` are dropped after): a row's scores then come from
    /// the same SGEMM calls, on one BLAS thread, in every search and with any number of workers,
    /// so they are the same to the last bit.
    func scan<State: Sendable>(
        rows wanted: Range<Int>? = nil,
        start: @Sendable (Int) -> State,
        progress: (@Sendable (Int) -> Void)? = nil,
        offer: @Sendable (inout State, Int, UnsafeMutableBufferPointer<Float>, Int) -> Void
    ) -> [State] {
        let wanted = wanted ?? 0..<queryRows
        precondition(wanted.lowerBound >= 0 && wanted.upperBound <= queryRows,
                     "CosineSearch: rows \(wanted) outside 0..<\(queryRows)")
        guard !wanted.isEmpty else { return [] }
        let firstBlock = wanted.lowerBound / Self.blockRows
        let blocks = (wanted.upperBound + Self.blockRows - 1) / Self.blockRows - firstBlock
        let workers = min(availableWorkers, blocks)
        let states = UnsafeMutableBufferPointer<State>.allocate(capacity: wanted.count)
        defer { states.deallocate() }
        let output = DisjointWrites(states)
        func work() {
            _ = parallelMap(workers) { worker in
                var scores = DenseMatrix<Float>(rows: Self.blockRows, columns: Self.tileRows, repeating: 0)
                for block in stride(from: firstBlock + worker, to: firstBlock + blocks, by: workers) {
                    let range = block * Self.blockRows..<min(queryRows, (block + 1) * Self.blockRows)
                    let kept = range.clamped(to: wanted)
                    var blockStates = kept.map(start)
                    self.scanBlock(range, scores: &scores) { offset, line, first in
                        let row = range.lowerBound + offset
                        if kept.contains(row) { offer(&blockStates[row - kept.lowerBound], row, line, first) }
                    }
                    for (offset, state) in blockStates.enumerated() {
                        (output.buffer.baseAddress! + kept.lowerBound - wanted.lowerBound + offset).initialize(to: state)
                    }
                    progress?(kept.count)
                }
            }
        }
        // SGEMM always runs on one BLAS thread: several split a product another way and may
        // round its last bit otherwise, so scores would follow the number of workers (and a
        // search of some rows would differ from the search of all). With one worker it is also
        // what TENOR_THREADS=1 asks for.
        BLASThreads.with(1, work)
        let result = Array(states)
        _ = states.deinitialize()
        return result
    }

    /// The scores of query rows `range` against each tile of indexed rows, handed to
    /// `visit(offset in range, scores, first indexed row)` tile by tile.
    private func scanBlock(
        _ range: Range<Int>, scores: inout DenseMatrix<Float>,
        _ visit: (Int, UnsafeMutableBufferPointer<Float>, Int) -> Void
    ) {
        let block = queries.dense[rows: range]
        let tail = queries.tail
        let entries = tail.rowOffsets[range.lowerBound]..<tail.rowOffsets[range.upperBound]
        // Where each tail entry of the block stands in its column's posting list.
        var cursors = entries.map { postings.rowOffsets[Int(tail.columnIndices[$0])] }
        let stride = Self.tileRows
        for first in Swift.stride(from: 0, to: indexedRows, by: stride) {
            let tile = first..<min(indexedRows, first + stride)
            if denseColumns > 0 {
                gemm(block, indexedTiles[first / stride], transposeB: true, into: &scores)
            } else {
                scores.withUnsafeMutableElements { $0.update(repeating: 0) }
            }
            scores.withUnsafeMutableElements { buffer in
                for (offset, row) in range.enumerated() {
                    let line = UnsafeMutableBufferPointer(rebasing: buffer[offset * stride..<offset * stride + tile.count])
                    addTail(of: row, in: tile, to: line, cursors: &cursors, firstEntry: entries.lowerBound)
                    if isSelfSearch && tile.contains(row) { line[row - first] = -.infinity }
                    visit(offset, line, first)
                }
            }
        }
    }

    /// Adds the tail columns' part of query row `row`'s scores against the indexed rows `tile`:
    /// each tail entry times the entries of its column's posting list that fall in the tile.
    private func addTail(
        of row: Int, in tile: Range<Int>, to scores: UnsafeMutableBufferPointer<Float>,
        cursors: inout [Int], firstEntry: Int
    ) {
        let tail = queries.tail
        let first = tile.lowerBound, end = Int32(tile.upperBound)
        tail.values.withUnsafeBufferPointer { queryValues in
            postings.columnIndices.withUnsafeBufferPointer { postingRows in
                postings.values.withUnsafeBufferPointer { postingValues in
                    for entry in tail.rowOffsets[row]..<tail.rowOffsets[row + 1] {
                        let column = Int(tail.columnIndices[entry])
                        let weight = queryValues[entry]
                        let last = postings.rowOffsets[column + 1]
                        var posting = cursors[entry - firstEntry]
                        while posting < last && postingRows[posting] < end {
                            scores[Int(postingRows[posting]) - first] += weight * postingValues[posting]
                            posting += 1
                        }
                        cursors[entry - firstEntry] = posting
                    }
                }
            }
        }
    }
}
