/// What `SimilarityAnalysis` computes, validated when built.
public struct SimilarityOptions: Sendable, Equatable {
    /// How paragraphs are compared.
    public enum Method: Sendable, Equatable {
        /// Cosine of the TF-IDF rows (exact).
        case tfidf
        /// Cosine of LSA embeddings: `dimensions` leading singular directions of the TF-IDF
        /// matrix, found by a randomized SVD seeded with `seed`.
        case lsa(dimensions: Int, seed: UInt64)
    }

    /// Neighbours listed per paragraph.
    public let count: Int
    /// The least score listed; nil lists every paragraph sharing a term (score above 0).
    public let minimumScore: Double?
    public let method: Method
    /// How paragraphs become term rows.
    public let vectorizer: VectorizerOptions
    /// Words of each paragraph's opening shown beside it.
    public let openingWords: Int

    public init(
        count: Int = 5, minimumScore: Double? = nil, method: Method = .tfidf,
        vectorizer: VectorizerOptions = try! VectorizerOptions(), openingWords: Int = 8
    ) throws(SimilarityError) {
        guard count >= 1 else { throw .invalidCount(count) }
        if let minimumScore, !(-1...1).contains(minimumScore) { throw .minimumScoreOutOfRange(minimumScore) }
        if case .lsa(let dimensions, _) = method, dimensions < 1 { throw .invalidDimensions(dimensions) }
        self.count = count
        self.minimumScore = minimumScore
        self.method = method
        self.vectorizer = vectorizer
        self.openingWords = openingWords
    }

    /// Five neighbours per paragraph by exact TF-IDF cosine, scikit-learn's vectorizer defaults:
    /// what `tenor similar` does.
    public static let `default` = try! SimilarityOptions()

    /// The minimum as the search takes it: just above 0 when none was given.
    var searchMinimum: Float { minimumScore.map { Float($0) } ?? .leastNonzeroMagnitude }
}
