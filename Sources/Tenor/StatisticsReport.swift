/// Everything `tenor stats` says about a set of documents: counts and readability per paragraph,
/// then totals. JSON by ``JSONReportEncoder`` (a 1-based `paragraph`, `file` when
/// several files were read); a readability score is `{"value": x}` or `{"value": null, "reason": …}`.
public struct StatisticsReport: Codable, Sendable, Equatable {
    /// The version of this report's JSON: it changes only when a key changes name or meaning.
    public static let currentSchemaVersion = 1

    public var schemaVersion = StatisticsReport.currentSchemaVersion
    public var paragraphs: [TextStatistics]
    /// Totals over all inputs (no `paragraph`).
    public var summary: TextStatistics
    /// Totals per input file, when several files were read.
    public var files: [TextStatistics]?

    public init(paragraphs: [TextStatistics], summary: TextStatistics, files: [TextStatistics]?) {
        self.paragraphs = paragraphs
        self.summary = summary
        self.files = files
    }
}

/// The statistics of one text: a paragraph, a file, or all input.
public struct TextStatistics: Codable, Sendable, Equatable {
    public var file: String?
    /// 1-based position within its file; nil for totals.
    public var paragraph: Int?
    /// Paragraphs counted (1 for a paragraph).
    public var paragraphs: Int
    public var characters: Int
    public var letters: Int
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    public var polysyllabicWords: Int
    public var longWords: Int
    public var meanSentenceLength: Double?
    public var meanSyllablesPerWord: Double?
    public var meanWordLength: Double?
    public var readability: ReadabilityScores
    /// Lexical diversity of the text's words (when details were asked for).
    public var lexicalDiversity: LexicalDiversityScores?
    /// A paragraph's most key terms against the rest of its file (when details were asked for).
    public var keyTerms: KeynessResult?
    /// A summary's most frequent terms, stop words left out (when details were asked for).
    public var frequentTerms: [TermFrequency]?

    public init(file: String?, paragraph: Int?, paragraphs: Int, counts: TextCounts) {
        self.file = file
        self.paragraph = paragraph
        self.paragraphs = paragraphs
        characters = counts.characters
        letters = counts.letters
        words = counts.words
        sentences = counts.sentences
        syllables = counts.syllables
        polysyllabicWords = counts.polysyllabicWords
        longWords = counts.longWords
        meanSentenceLength = counts.meanSentenceLength
        meanSyllablesPerWord = counts.meanSyllablesPerWord
        meanWordLength = counts.meanWordLength
        readability = ReadabilityScores(counts.readability)
    }
}
