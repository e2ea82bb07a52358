/// What `tenor similar --duplicates` says: the groups of repeated paragraphs.
///
/// Encoded by ``JSONReportEncoder`` (see Documentation/json-schema.md).
public struct DuplicateReport: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = DuplicateReport.currentSchemaVersion
    /// The cosine similarity that links two paragraphs into a near-duplicate group.
    public var threshold: Double
    /// Exact groups first, then near groups; each listed once.
    public var groups: [DuplicateGroup]
}

/// Paragraphs that repeat one another.
public struct DuplicateGroup: Codable, Sendable, Equatable {
    /// 1-based number of the group in the report.
    public var group: Int
    /// How a group's paragraphs repeat one another.
    public enum Kind: String, Codable, Sendable {
        /// The same text up to case and spacing.
        case exact
        /// Linked by a chain of pairs whose cosine similarity reaches the threshold (an exact
        /// group is inside some near group too).
        case near
    }

    public var kind: Kind
    /// In input order.
    public var members: [DuplicateMember]
}

/// One paragraph of a duplicate group.
public struct DuplicateMember: Codable, Sendable, Equatable {
    /// The paragraph's input, present when several files are read.
    public var file: String?
    /// 1-based position within its file (with a matrix searched, its row).
    public var paragraph: Int
    /// The row's id, when a matrix with ids was searched.
    public var id: String?
    /// The paragraph's opening; nil when a matrix was searched (it holds no text).
    public var firstWords: String?

    public init(file: String? = nil, paragraph: Int, id: String? = nil, firstWords: String?) {
        self.file = file
        self.paragraph = paragraph
        self.id = id
        self.firstWords = firstWords
    }
}
