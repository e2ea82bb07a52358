import TenorLinearAlgebra
import TenorText

/// Exact cosine similarities between query rows and indexed rows, computed a block of query rows
/// at a time and handed on row by row, so the queries × rows matrix never exists whole.
///
/// Rows must already have unit length (L2-normalised TF-IDF, the vectorizer's default), so the
/// cosine is the dot product. The products are split by column: the few columns held by many
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
    let indexed: SplitRows
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

    private init(queries: SplitRows, indexed: SplitRows, denseColumns: Int, isSelfSearch: Bool) {
        self.queries = queries
        self.indexed = indexed
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
    ///   plus the tail's pairs, plus O(Q·N) comparisons for the selection; memory O(N) per worker
    ///   block row, never O(Q·N).
    public func nearestNeighbors(count: Int, minimumScore: Float = .leastNonzeroMagnitude) -> [[Neighbor]] {
        perRow { _, scores in
            var selection = NeighborSelection(capacity: count, minimumScore: minimumScore)
            selection.offer(UnsafeBufferPointer(scores))
            return selection.neighbors
        }
    }

    /// For each query row, every row scoring at least `threshold`, in row order; in a self search
    /// only the later rows, so each pair appears once.
    public func pairs(scoringAtLeast threshold: Float) -> [[Neighbor]] {
        let isSelfSearch = isSelfSearch
        return perRow { row, scores in
            var found: [Neighbor] = []
            for index in (isSelfSearch ? row + 1 : 0)..<scores.count where scores[index] >= threshold {
                found.append(Neighbor(index: index, score: scores[index]))
            }
            return found
        }
    }

    /// `answer(row, scores)` for every query row, given the row's scores against every indexed row
    /// (its own score, in a self search, set to -infinity); the answers in row order.
    ///
    /// Query rows are cut into blocks of about 4 M scores (16 MB), one block per worker at a time;
    /// each worker runs its SGEMM on one BLAS thread, so the workers use the cores and BLAS
    /// starts no threads of its own on top of them.
    func perRow<Answer: Sendable>(
        _ answer: @Sendable (Int, UnsafeMutableBufferPointer<Float>) -> Answer
    ) -> [Answer] {
        let (rows, columns) = (queryRows, indexedRows)
        guard rows > 0 else { return [] }
        let blockRows = max(1, min(rows, (1 << 22) / max(1, columns)))
        let blocks = (rows + blockRows - 1) / blockRows
        let workers = min(availableWorkers, blocks)
        let answers = UnsafeMutableBufferPointer<Answer>.allocate(capacity: rows)
        defer { answers.deallocate() }
        let output = DisjointWrites(answers)
        func work() {
            _ = parallelMap(workers) { worker in
                var scores = DenseMatrix<Float>(rows: blockRows, columns: columns, repeating: 0)
                for block in stride(from: worker, to: blocks, by: workers) {
                    let range = block * blockRows..<min(rows, (block + 1) * blockRows)
                    self.scoreBlock(range, into: &scores)
                    scores.withUnsafeMutableElements { buffer in
                        for (offset, row) in range.enumerated() {
                            let line = UnsafeMutableBufferPointer(rebasing: buffer[offset * columns..<(offset + 1) * columns])
                            self.addTail(of: row, to: line)
                            if self.isSelfSearch { line[row] = -.infinity }
                            (output.buffer.baseAddress! + row).initialize(to: answer(row, line))
                        }
                    }
                }
            }
        }
        if workers > 1 { BLASThreads.with(1, work) } else { work() }
        let result = Array(answers)
        _ = answers.deinitialize()
        return result
    }

    /// The dense columns' part of the scores of query rows `range`, into the first rows of `scores`.
    private func scoreBlock(_ range: Range<Int>, into scores: inout DenseMatrix<Float>) {
        guard denseColumns > 0 else {
            scores.withUnsafeMutableElements { $0.update(repeating: 0) }
            return
        }
        gemm(queries.dense[rows: range], indexed.dense, transposeB: true, into: &scores)
    }

    /// Adds the tail columns' part of query row `row`'s scores: for each of its tail entries, the
    /// entry times every indexed row's entry in that column.
    private func addTail(of row: Int, to scores: UnsafeMutableBufferPointer<Float>) {
        let tail = queries.tail
        tail.values.withUnsafeBufferPointer { queryValues in
            postings.columnIndices.withUnsafeBufferPointer { postingRows in
                postings.values.withUnsafeBufferPointer { postingValues in
                    for entry in tail.rowOffsets[row]..<tail.rowOffsets[row + 1] {
                        let column = Int(tail.columnIndices[entry])
                        let weight = queryValues[entry]
                        for posting in postings.rowOffsets[column]..<postings.rowOffsets[column + 1] {
                            scores[Int(postingRows[posting])] += weight * postingValues[posting]
                        }
                    }
                }
            }
        }
    }
}
