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
    /// 1-based position within its file.
    public var paragraph: Int
    public var firstWords: String
    public var neighbors: [SimilarParagraph]
}

/// One neighbour of a paragraph.
public struct SimilarParagraph: Codable, Sendable, Equatable {
    /// The neighbour's input, present when several files or sets are read.
    public var file: String?
    /// 1-based position within its file.
    public var paragraph: Int
    /// Cosine similarity, in [0, 1] for non-negative weights.
    public var score: Double
    public var firstWords: String
}
