import TenorSupport

/// Searches of a matrix already fitted (as `tenor vectorize` writes it), a block of rows at a
/// time: a cluster's tasks each take a block, and together they give the whole search's answer.
extension SimilarityAnalysis {
    /// Each row of `rows` with its most similar other rows of `matrix` (TF-IDF rows, e.g. read
    /// back from `tenor vectorize --format npz`), numbered from 1 as paragraphs and named by
    /// `ids` when given (one per row of `matrix`). Every score, and so the order, is what
    /// ``neighbors(within:)`` gives for the paragraphs the matrix was fitted on.
    ///
    /// - Precondition: the TF-IDF method; `rows` within the matrix; `ids`, if any, one a row.
    public func neighbors(ofRows rows: Range<Int>, in matrix: SparseMatrix<Double>, ids: [String]? = nil) -> SimilarityReport {
        precondition(options.method == .tfidf, "SimilarityAnalysis: a fitted matrix is searched by TF-IDF cosine")
        precondition(ids.map { $0.count == matrix.rows } ?? true, "SimilarityAnalysis: \(ids?.count ?? 0) ids for \(matrix.rows) rows")
        progress?(.began(.searching, units: rows.count))
        let found = CosineSearch(matrix).nearestNeighbors(
            count: options.count, minimumScore: options.searchMinimum, rows: rows, progress: rowsDone(progress))
        let paragraphs = parallelArray(rows.count) { offset in
            let row = rows.lowerBound + offset
            return SimilarParagraphs(paragraph: row + 1, id: ids?[row], firstWords: nil, neighbors: found[offset].map { neighbor in
                SimilarParagraph(paragraph: neighbor.index + 1, id: ids?[neighbor.index], score: neighbor.reportedScore, firstWords: nil)
            })
        }
        return SimilarityReport(method: .tfidf, paragraphs: paragraphs)
    }

    /// The near-duplicate groups that the pairs scoring at least `threshold` whose earlier row is
    /// in `rows` link (so a group may reach rows outside `rows`); members numbered and named as
    /// in ``neighbors(ofRows:in:ids:)``. The groups of row blocks covering the matrix, joined
    /// where they share a row, are the near groups of ``duplicates(in:threshold:)``.
    public func nearDuplicates(ofRows rows: Range<Int>, in matrix: SparseMatrix<Double>, ids: [String]? = nil,
                               threshold: Double) -> DuplicateReport {
        precondition(ids.map { $0.count == matrix.rows } ?? true, "SimilarityAnalysis: \(ids?.count ?? 0) ids for \(matrix.rows) rows")
        progress?(.began(.grouping, units: rows.count))
        let near = CosineSearch(matrix).groups(
            scoringAtLeast: Float(threshold) - Self.scoreTolerance, rows: rows, progress: rowsDone(progress))
        let groups = near.enumerated().map { number, members in
            DuplicateGroup(group: number + 1, kind: .near, members: members.map { row in
                DuplicateMember(paragraph: row + 1, id: ids?[row], firstWords: nil)
            })
        }
        return DuplicateReport(threshold: threshold, groups: groups)
    }
}
