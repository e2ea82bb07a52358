/// What ``ReportAnalysis`` puts in a report.
public struct ReportOptions: Sendable {
    /// Distinctive terms listed per paragraph.
    public var topTermsPerParagraph: Int
    /// Key terms listed per summary.
    public var keyTermsPerSummary: Int
    /// Words quoted from the start of each paragraph.
    public var openingWords: Int
    /// How terms are weighted: scikit-learn's TF-IDF defaults over Tenor's words (so `don't`
    /// stays a word and numbers are not terms) with English stop words, so that "the", "of"
    /// and "isn't" never pass for distinctive.
    public var vectorizer: VectorizerOptions
    /// Scores each paragraph's tone.
    public var tone: ToneScorer
    /// Scores each paragraph on the lexicon dimensions; nil leaves the profiles out (they cost
    /// a tokenizing pass and one product per block).
    public var profiler: LexiconProfiler?
    /// How each paragraph's nearest paragraph is found.
    public var nearest: NearestSearch

    public init(
        topTermsPerParagraph: Int = 3, keyTermsPerSummary: Int = 10, openingWords: Int = 8,
        vectorizer: VectorizerOptions = ReportOptions.defaultVectorizer,
        tone: ToneScorer = ToneScorer(engine: .tenor), profiler: LexiconProfiler? = LexiconProfiler(),
        nearest: NearestSearch = .automatic
    ) {
        self.topTermsPerParagraph = topTermsPerParagraph
        self.keyTermsPerSummary = keyTermsPerSummary
        self.openingWords = openingWords
        self.vectorizer = vectorizer
        self.tone = tone
        self.profiler = profiler
        self.nearest = nearest
    }

    /// Three terms per paragraph, ten per summary, eight opening words, the tenor tone engine and
    /// the lexicon profiles: what `tenor report` shows.
    public static let `default` = ReportOptions()

    // The defaults are valid by construction, so this cannot throw.
    public static let defaultVectorizer = try! VectorizerOptions(tokenPattern: .words, stopWords: .english)
}
