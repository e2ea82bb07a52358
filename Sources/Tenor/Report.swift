/// Everything `tenor report` says about a set of documents: one row per paragraph and a summary.
///
/// Encoded by ``JSONReportEncoder`` (see Documentation/json-schema.md). Later analyses add optional
/// fields to ``ParagraphReport`` and ``ReportSummary``; existing fields keep their names and
/// meaning, and ``schemaVersion`` changes only when one would not.
public struct Report: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion = Report.currentSchemaVersion
    /// One entry per paragraph, in input order.
    public var paragraphs: [ParagraphReport]
    /// Totals over all inputs.
    public var summary: ReportSummary
    /// Totals per input file, present when several files were read.
    public var files: [ReportSummary]?

    public init(paragraphs: [ParagraphReport], summary: ReportSummary, files: [ReportSummary]?) {
        self.paragraphs = paragraphs
        self.summary = summary
        self.files = files
    }
}

/// The measures of one paragraph.
public struct ParagraphReport: Codable, Sendable, Equatable {
    /// The input the paragraph came from, present when several files were read.
    public var file: String?
    /// 1-based position of the paragraph within its file.
    public var paragraph: Int
    public var words: Int
    public var sentences: Int
    /// User-perceived characters (extended grapheme clusters).
    public var characters: Int
    /// The US school grade the readability formulas agree on (textstat's consensus, see
    /// `tenor stats`), or null with the reason.
    public var readingGrade: Score
    /// The paragraph's highest TF-IDF terms, highest first.
    public var topTerms: [WeightedTerm]
    /// The paragraph's opening words, with `…` when there is more.
    public var firstWords: String
    /// Its tone, scored by ``ReportOptions/tone``.
    public var tone: ToneScores
    /// Its mean score per word on each lexicon dimension (``LexiconProfiler``), by dimension
    /// name; nil when ``ReportOptions/profiler`` is.
    public var lexiconProfile: [String: Double]?
    /// The most similar other paragraph (cosine of the TF-IDF rows above); nil when no other
    /// paragraph shares a term with this one.
    public var nearest: NearestParagraph?
}

/// A paragraph's most similar other paragraph.
public struct NearestParagraph: Codable, Sendable, Equatable {
    /// The input it came from, present when several files were read.
    public var file: String?
    /// 1-based position within its file.
    public var paragraph: Int
    /// Cosine similarity of the two paragraphs' TF-IDF rows.
    public var score: Double
}

/// A term and its weight.
public struct WeightedTerm: Codable, Sendable, Equatable {
    public var term: String
    public var weight: Double

    public init(term: String, weight: Double) {
        self.term = term
        self.weight = weight
    }
}

/// Totals over a set of paragraphs.
public struct ReportSummary: Codable, Sendable, Equatable {
    /// The file these totals are for; nil for the totals over all inputs.
    public var file: String?
    public var paragraphs: Int
    public var words: Int
    public var sentences: Int
    public var characters: Int
    /// Distinct terms (TF-IDF vocabulary, stop words excluded) in these paragraphs.
    public var distinctTerms: Int
    /// Mean words per paragraph; 0 when there are no paragraphs.
    public var meanWordsPerParagraph: Double
    /// The consensus reading grade of all these paragraphs together.
    public var readingGrade: Score
    /// Terms with the largest summed TF-IDF weight over these paragraphs, largest first.
    public var keyTerms: [WeightedTerm]
    /// Paragraphs per tone label, the mean compound, and the most positive and most negative
    /// paragraphs.
    public var tone: ToneSummary
}
