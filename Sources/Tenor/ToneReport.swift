/// Everything `tenor tone` says about a set of documents: the tone of every paragraph (or
/// sentence), then counts per label. JSON by ``JSONReportEncoder``.
public struct ToneReport: Codable, Sendable, Equatable {
    /// The version of this report's JSON: it changes only when a key changes name or meaning.
    public static let currentSchemaVersion = 1

    public var schemaVersion = ToneReport.currentSchemaVersion
    public var engine: ToneEngine
    /// The lexicons the word valences came from, in the order given.
    public var lexicons: [String]
    public var paragraphs: [UnitTone]
    /// Totals over all inputs.
    public var summary: ToneSummary
    /// Totals per input file, when several files were read.
    public var files: [ToneSummary]?
}

/// The tone of one paragraph, or of one sentence of it.
public struct UnitTone: Codable, Sendable, Equatable {
    public var file: String?
    /// 1-based position of the paragraph within its file.
    public var paragraph: Int
    /// 1-based position of the sentence within its paragraph, when sentences were scored.
    public var sentence: Int?
    public var compound: Double
    public var positive: Double
    public var neutral: Double
    public var negative: Double
    public var label: ToneLabel
    /// With `--explain`: the words that moved the score most, strongest first.
    public var explain: [WordContribution]?

    public init(file: String?, paragraph: Int, sentence: Int?, scores: ToneScores, explain: [WordContribution]? = nil) {
        self.file = file
        self.paragraph = paragraph
        self.sentence = sentence
        (compound, positive, neutral, negative) = (scores.compound, scores.positive, scores.neutral, scores.negative)
        label = scores.label
        self.explain = explain
    }
}

/// Label counts and the extremes over many units.
public struct ToneSummary: Codable, Sendable, Equatable {
    public var file: String?
    /// Paragraphs, or sentences when sentences were scored.
    public var units: Int
    public var positive = 0
    public var neutral = 0
    public var negative = 0
    /// The mean compound score; nil without units.
    public var meanCompound: Double?
    /// The unit with the highest compound score (the first of equals).
    public var mostPositive: UnitTone?
    /// The unit with the lowest compound score (the first of equals).
    public var mostNegative: UnitTone?

    /// The summary of `units`.
    public init(file: String?, units: ArraySlice<UnitTone>) {
        var tally = ToneTally(file: file)
        for unit in units { tally.add(unit) }
        self = tally.summary
    }

    /// No units yet.
    init(file: String?) {
        self.file = file
        units = 0
    }
}
