/// What `tenor similar` says: each paragraph (or query) with its most similar paragraphs.
///
/// Encoded by ``JSONReportEncoder`` (see Documentation/json-schema.md).
public struct SimilarityReport: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = SimilarityReport.currentSchemaVersion
    /// How paragraphs were compared.
    public enum Method: String, Codable, Sendable {
        /// Cosine of TF-IDF rows.
        case tfidf
        /// Cosine of LSA embeddings.
        case lsa
    }

    /// How paragraphs were compared.
    public var method: Method
    /// One entry per paragraph searched for, in input order.
    public var paragraphs: [SimilarParagraphs]
    /// With LSA: the singular values of the TF-IDF matrix along the directions used, largest first.
    public var singularValues: [Double]?

    public init(method: Method, paragraphs: [SimilarParagraphs], singularValues: [Double]? = nil) {
        self.method = method
        self.paragraphs = paragraphs
        self.singularValues = singularValues
    }
}

/// A paragraph and its neighbours, best first.
public struct SimilarParagraphs: Codable, Sendable, Equatable {
    /// The input the paragraph came from, present when several files or sets are read.
    public var file: String?
    /// 1-based position within its file (with a matrix searched, its row).
    public var paragraph: Int
    /// The row's id, when a matrix with ids was searched (``SimilarityAnalysis/neighbors(ofRows:in:ids:)``).
    public var id: String?
    /// The paragraph's opening; nil when a matrix was searched (it holds no text).
    public var firstWords: String?
    public var neighbors: [SimilarParagraph]

    public init(file: String? = nil, paragraph: Int, id: String? = nil, firstWords: String?, neighbors: [SimilarParagraph]) {
        self.file = file
        self.paragraph = paragraph
        self.id = id
        self.firstWords = firstWords
        self.neighbors = neighbors
    }
}

/// One neighbour of a paragraph.
public struct SimilarParagraph: Codable, Sendable, Equatable {
    /// The neighbour's input, present when several files or sets are read.
    public var file: String?
    /// 1-based position within its file (with a matrix searched, its row).
    public var paragraph: Int
    /// The neighbour's id, when a matrix with ids was searched.
    public var id: String?
    /// Cosine similarity, in [0, 1] for non-negative weights.
    public var score: Double
    /// The neighbour's opening; nil when a matrix was searched.
    public var firstWords: String?

    public init(file: String? = nil, paragraph: Int, id: String? = nil, score: Double, firstWords: String?) {
        self.file = file
        self.paragraph = paragraph
        self.id = id
        self.score = score
        self.firstWords = firstWords
    }
}
