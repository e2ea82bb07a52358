import TenorMatrix
import TenorSupport

/// Each row's most similar other row by cosine, looked for among the rows that share its rarest
/// terms instead of among all rows, so the cost grows with the rows, not with their square.
///
/// For each row, its terms are taken rarest first (fewest rows hold them) while the rows they
/// lead to stay within ``postingBudget``; every row reached is a candidate, scored by the part
/// of the dot product those terms give. The ``rerankCount`` best candidates are then scored
/// exactly (the full cosine, in double precision) and the best of them is the answer. So every
/// reported score is the pair's true cosine; what can be missed is a better pair that shares
/// none of the row's rarest terms. When even the rarest term is held by more rows than the
/// budget, the first ``postingBudget`` of them (in row order) are the candidates.
///
///     let nearest = SharedTermSearch(matrix.values).nearestNeighbors()
///
/// How often it finds the exact search's answer is measured in Documentation/commands.md
/// (`tenor report --nearest`).
public struct SharedTermSearch: Sendable {
    public let rows: SparseMatrix<Double>
    /// Posting entries (row, term) walked per row to find candidates.
    public let postingBudget: Int
    /// Candidates scored exactly per row.
    public let rerankCount: Int
    /// Column c lists the rows holding term c, in row order.
    let postings: SparseMatrix<Double>
    let norms: [Double]

    public init(_ rows: SparseMatrix<Double>, postingBudget: Int = 2048, rerankCount: Int = 64) {
        self.rows = rows
        self.postingBudget = max(1, postingBudget)
        self.rerankCount = max(1, rerankCount)
        postings = rows.transposed()
        norms = (0..<rows.rows).map { row in
            rows.values[rows.rowOffsets[row]..<rows.rowOffsets[row + 1]].reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
    }

    /// Each row's most similar other row with a positive cosine (ties: the lower row), or nil
    /// when none of its candidates shares a term with it.
    ///
    /// - Complexity: O(rows × (postingBudget + rerankCount × terms per row)), memory
    ///   O(rows + columns) per worker.
    ///
    /// `progress`, when given, is told how many rows are done, a block at a time, from the
    /// worker threads.
    public func nearestNeighbors(progress: (@Sendable (_ rows: Int) -> Void)? = nil) -> [Neighbor?] {
        let blocks = balancedRanges(count: rows.rows, parts: rows.rows < 4096 ? 1 : 16 * availableWorkers) { _ in 1 }
        return parallelMap(blocks.count) { block in
            rows.rowOffsets.withUnsafeBufferPointer { offsets in
                rows.columnIndices.withUnsafeBufferPointer { columns in
                    rows.values.withUnsafeBufferPointer { values in
                        postings.rowOffsets.withUnsafeBufferPointer { postingOffsets in
                            postings.columnIndices.withUnsafeBufferPointer { postingRows in
                                postings.values.withUnsafeBufferPointer { postingValues in
                                    var walker = Walker(
                                        rows: (offsets, columns, values), postings: (postingOffsets, postingRows, postingValues),
                                        norms: norms, budget: postingBudget, rerankCount: rerankCount)
                                    defer { walker.deallocate() }
                                    let nearest = blocks[block].map { walker.nearest(to: $0) }
                                    progress?(nearest.count)
                                    return nearest
                                }
                            }
                        }
                    }
                }
            }
        }.flatMap { $0 }
    }

    typealias Rows = (offsets: UnsafeBufferPointer<Int>, columns: UnsafeBufferPointer<Int32>, values: UnsafeBufferPointer<Double>)

    /// One worker's search: the matrices as buffers (no bounds checks in the loops that touch
    /// every posting) and its work areas, cleared after each row: partial scores by row, the
    /// rows reached, and the query row spread out by column.
    struct Walker {
        let rows: Rows
        let postings: Rows
        let norms: [Double]
        let budget: Int
        let rerankCount: Int
        let partial: UnsafeMutableBufferPointer<Float>
        let query: UnsafeMutableBufferPointer<Double>
        /// The rows reached (at most `budget`), and the shortlist's rows and partial scores.
        let reached: UnsafeMutableBufferPointer<Int32>
        let candidateRows: UnsafeMutableBufferPointer<Int32>
        let candidateScores: UnsafeMutableBufferPointer<Float>
        var candidates = 0
        var order: [Int] = []

        init(rows: Rows, postings: Rows, norms: [Double], budget: Int, rerankCount: Int) {
            self.rows = rows
            self.postings = postings
            self.norms = norms
            self.budget = budget
            self.rerankCount = rerankCount
            partial = .allocate(capacity: rows.offsets.count - 1)
            partial.initialize(repeating: 0)
            query = .allocate(capacity: postings.offsets.count - 1)
            query.initialize(repeating: 0)
            reached = .allocate(capacity: budget)
            candidateRows = .allocate(capacity: rerankCount)
            candidateScores = .allocate(capacity: rerankCount)
        }

        func deallocate() {
            partial.deallocate()
            query.deallocate()
            reached.deallocate()
            candidateRows.deallocate()
            candidateScores.deallocate()
        }

        func postingCount(_ column: Int) -> Int {
            postings.offsets[column + 1] - postings.offsets[column]
        }

        mutating func nearest(to row: Int) -> Neighbor? {
            guard norms[row] > 0 else { return nil }
            let entries = rows.offsets[row]..<rows.offsets[row + 1]
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: entries)
            let (columns, postingOffsets) = (rows.columns, postings.offsets)
            order.sort { a, b in
                let (ca, cb) = (Int(columns[a]), Int(columns[b]))
                let da = postingOffsets[ca + 1] - postingOffsets[ca], db = postingOffsets[cb + 1] - postingOffsets[cb]
                return da != db ? da < db : ca < cb
            }
            var walked = 0
            var reachedCount = 0
            for (rank, entry) in order.enumerated() {
                let column = Int(rows.columns[entry])
                let available = postingCount(column)
                guard rank == 0 || walked + available <= budget else { break }
                let start = postings.offsets[column]
                let end = start + min(available, budget)
                let weight = Float(rows.values[entry])
                for posting in start..<end {
                    let other = Int(postings.columns[posting])
                    // A product that is exactly zero could list a row twice; it is skipped below.
                    if partial[other] == 0 {
                        reached[reachedCount] = Int32(other)
                        reachedCount += 1
                    }
                    partial[other] += weight * Float(postings.values[posting])
                }
                walked += end - start
            }
            partial[row] = 0
            candidates = 0
            for other in reached[..<reachedCount] {
                let score = partial[Int(other)]
                partial[Int(other)] = 0
                if score != 0 { shortlist(score, other) }
            }
            return rerank(row, entries)
        }

        /// Keeps the ``rerankCount`` highest partial scores offered (which of equal scores at the
        /// edge stay does not matter) as a min-heap: most rows reached fall below its root and
        /// cost one comparison.
        mutating func shortlist(_ score: Float, _ row: Int32) {
            var slot: Int
            if candidates < rerankCount {
                slot = candidates
                candidates += 1
                while slot > 0, candidateScores[(slot - 1) / 2] > score {
                    candidateScores[slot] = candidateScores[(slot - 1) / 2]
                    candidateRows[slot] = candidateRows[(slot - 1) / 2]
                    slot = (slot - 1) / 2
                }
            } else {
                guard score > candidateScores[0] else { return }
                slot = 0
                while true {
                    var child = 2 * slot + 1
                    guard child < candidates else { break }
                    if child + 1 < candidates && candidateScores[child + 1] < candidateScores[child] { child += 1 }
                    guard candidateScores[child] < score else { break }
                    candidateScores[slot] = candidateScores[child]
                    candidateRows[slot] = candidateRows[child]
                    slot = child
                }
            }
            candidateScores[slot] = score
            candidateRows[slot] = row
        }

        /// The best of the candidates by their full cosine with `row` (ties: the lower row).
        func rerank(_ row: Int, _ entries: Range<Int>) -> Neighbor? {
            for entry in entries { query[Int(rows.columns[entry])] = rows.values[entry] }
            defer { for entry in entries { query[Int(rows.columns[entry])] = 0 } }
            var best: Neighbor?
            var bestScore = 0.0
            for other in candidateRows[..<candidates].lazy.map(Int.init) {
                var dot = 0.0
                for entry in rows.offsets[other]..<rows.offsets[other + 1] {
                    dot += query[Int(rows.columns[entry])] * rows.values[entry]
                }
                let score = dot / (norms[row] * norms[other])
                if score > bestScore || (score == bestScore && best.map { other < $0.index } == true) {
                    bestScore = score
                    best = Neighbor(index: other, score: Float(score))
                }
            }
            return best
        }
    }
}
