import TenorSupport
/// The `tenor similar` pipeline: paragraphs → TF-IDF rows → nearest neighbours → report.
///
///     let similar = try SimilarityAnalysis().report(documents)
///     similar.paragraphs[0].neighbors.first?.score
public struct SimilarityAnalysis: Sendable {
    public let options: SimilarityOptions
    /// Hears of each stage and of the search's rows; nil costs nothing.
    public let progress: AnalysisProgressHandler?

    public init(options: SimilarityOptions = .default, progress: AnalysisProgressHandler? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Each paragraph of `documents` with its most similar other paragraphs among them all
    /// (``neighbors(within:)``); the other searches are ``neighbors(of:among:)``,
    /// ``neighbors(ofQuery:among:)`` and ``duplicates(in:threshold:)``.
    public func report(_ documents: [Document]) throws(SimilarityError) -> SimilarityReport {
        try neighbors(within: documents)
    }

    /// Each paragraph of `documents` with its most similar other paragraphs among them all.
    public func neighbors(within documents: [Document]) throws(SimilarityError) -> SimilarityReport {
        let catalog = ParagraphCatalog(documents, labelsFiles: documents.count > 1)
        // No terms at all: every row is zero and nothing is similar.
        guard let matrix = try fitted(documents)?.matrix else {
            return report(queries: catalog, found: (Array(repeating: [], count: catalog.count), nil), among: catalog,
                          queriesAreRows: true)
        }
        return report(queries: catalog, found: try search(matrix.values, among: nil), among: catalog, queriesAreRows: true)
    }

    /// Each paragraph of `queries` with its most similar paragraphs of `documents`; both sets are
    /// weighted together (one vocabulary, idf over both).
    public func neighbors(of queries: [Document], among documents: [Document]) throws(SimilarityError) -> SimilarityReport {
        let (queryCatalog, catalog) = (ParagraphCatalog(queries, labelsFiles: true), ParagraphCatalog(documents, labelsFiles: true))
        guard let matrix = try fitted(queries + documents)?.matrix else {
            return report(queries: queryCatalog, found: (Array(repeating: [], count: queryCatalog.count), nil), among: catalog)
        }
        let rows = matrix.values
        let found = try search(rows[rows: 0..<queryCatalog.count], among: rows[rows: queryCatalog.count..<rows.rows])
        return report(queries: queryCatalog, found: found, among: catalog)
    }

    /// Each paragraph of `query` with its most similar paragraphs of `documents`: the weights are
    /// fitted on `documents` alone and applied to the query (scikit-learn's `transform`).
    public func neighbors(ofQuery query: Document, among documents: [Document]) throws(SimilarityError) -> SimilarityReport {
        let catalog = ParagraphCatalog(documents, labelsFiles: documents.count > 1)
        let queryCatalog = ParagraphCatalog([query], labelsFiles: false)
        guard let fitted = try fitted(documents) else { throw .nothingToSearch }
        let queries = fitted.model.transform([query]).values
        for row in 0..<queries.rows where queries.rowOffsets[row] == queries.rowOffsets[row + 1] {
            throw .queryHasNoKnownTerm(paragraph: row + 1)
        }
        return report(queries: queryCatalog, found: try search(queries, among: fitted.matrix.values), among: catalog)
    }

    /// The groups of repeated paragraphs of `documents`: exact repeats (up to case and spacing),
    /// then near repeats, linked by pairs scoring at least `threshold`.
    public func duplicates(in documents: [Document], threshold: Double) throws(SimilarityError) -> DuplicateReport {
        let catalog = ParagraphCatalog(documents, labelsFiles: documents.count > 1)
        let exact = DuplicateGroups.exact(parallelArray(catalog.count) { catalog.text($0) })
        // Scores are single precision, within 1e-6 of the exact value: a pair reaching the
        // threshold within that counts (identical paragraphs may score 0.9999990).
        let near = try fitted(documents).map { fitted -> [[Int]] in
            progress?(.began(.grouping, units: catalog.count))
            return CosineSearch(fitted.matrix.values).groups(scoringAtLeast: Float(threshold) - Self.scoreTolerance, progress: rowsDone(progress))
        } ?? []
        let words = options.openingWords
        let groups = (exact.map { (DuplicateGroup.Kind.exact, $0) } + near.map { (.near, $0) }).enumerated().map { number, group in
            DuplicateGroup(group: number + 1, kind: group.0, members: group.1.map { row in
                DuplicateMember(file: catalog.file(row), paragraph: catalog.paragraph(row),
                                firstWords: catalog.firstWords(row, words: words))
            })
        }
        return DuplicateReport(threshold: threshold, groups: groups)
    }

    /// How far a single-precision score may sit from the exact cosine.
    static let scoreTolerance: Float = 1e-6

    /// The vectorizer fitted on `documents`, or nil when they hold no term at all (then nothing
    /// is similar); options that leave no term are the user's error.
    private func fitted(_ documents: [Document]) throws(SimilarityError) -> (model: FittedVectorizer, matrix: TermMatrix)? {
        progress?(.began(.weighing, units: documents.reduce(0) { $0 + $1.paragraphs.count }))
        do {
            return try Vectorizer(options: options.vectorizer).fitTransformIfAnyTerm(documents)
        } catch {
            throw .vectorizer(error)
        }
    }

    /// The neighbours of each row of `queries` among `rows`, or among the other rows of `queries`;
    /// with LSA, also the singular values (the directions are learned from `rows`, or from
    /// `queries` when there are no `rows`, and the queries projected onto them).
    private func search(
        _ queries: SparseMatrix<Double>, among rows: SparseMatrix<Double>?
    ) throws(SimilarityError) -> (neighbors: [[Neighbor]], singularValues: [Double]?) {
        let search: CosineSearch
        var singularValues: [Double]?
        switch options.method {
        case .tfidf:
            search = rows.map { CosineSearch(queries: queries, among: $0) } ?? CosineSearch(queries)
        case .lsa(let dimensions, let seed):
            let embedding: LatentSemanticAnalysis.Embedding
            progress?(.began(.embedding, units: (rows ?? queries).rows))
            do {
                embedding = try LatentSemanticAnalysis(dimensions: dimensions, seed: seed).embed(rows ?? queries)
            } catch {
                throw .lsaFailed(error.description)
            }
            singularValues = embedding.singularValues
            search = CosineSearch(embeddings: embedding.coordinates, queries: rows.map { _ in embedding.coordinates(of: queries) })
        }
        progress?(.began(.searching, units: queries.rows))
        return (search.nearestNeighbors(count: options.count, minimumScore: options.searchMinimum, progress: rowsDone(progress)), singularValues)
    }

    private func report(
        queries: ParagraphCatalog, found: (neighbors: [[Neighbor]], singularValues: [Double]?), among catalog: ParagraphCatalog,
        queriesAreRows: Bool = false
    ) -> SimilarityReport {
        let neighbors = found.neighbors
        progress?(.began(.summarizing, units: queries.count))
        let words = options.openingWords
        let openings = parallelArray(catalog.count) { catalog.firstWords($0, words: words) }
        let queryOpenings = queriesAreRows ? openings : parallelArray(queries.count) { queries.firstWords($0, words: words) }
        let rows = parallelArray(queries.count) { row in
            SimilarParagraphs(
                file: queries.file(row), paragraph: queries.paragraph(row), firstWords: queryOpenings[row],
                neighbors: neighbors[row].map { neighbor in
                    SimilarParagraph(
                        file: catalog.file(neighbor.index), paragraph: catalog.paragraph(neighbor.index),
                        score: neighbor.reportedScore, firstWords: openings[neighbor.index])
                })
        }
        let method: SimilarityReport.Method = if case .lsa = options.method { .lsa } else { .tfidf }
        return SimilarityReport(method: method, paragraphs: rows, singularValues: found.singularValues)
    }
}
