/// What `Analysis` puts in a report.
public struct ReportOptions: Sendable {
    /// Distinctive terms listed per paragraph.
    public var topTermsPerParagraph: Int
    /// Key terms listed per summary.
    public var keyTermsPerSummary: Int
    /// Words quoted from the start of each paragraph.
    public var openingWords: Int
    /// How terms are weighted: scikit-learn's TF-IDF defaults with English stop words, so
    /// that "the" and "of" never pass for distinctive.
    public var vectorizer: VectorizerOptions

    public init(
        topTermsPerParagraph: Int = 3, keyTermsPerSummary: Int = 10, openingWords: Int = 8,
        vectorizer: VectorizerOptions = ReportOptions.defaultVectorizer
    ) {
        self.topTermsPerParagraph = topTermsPerParagraph
        self.keyTermsPerSummary = keyTermsPerSummary
        self.openingWords = openingWords
        self.vectorizer = vectorizer
    }

    // The defaults are valid by construction, so this cannot throw.
    public static let defaultVectorizer = try! VectorizerOptions(stopWords: .english)
}
