/// What ``StatisticsAnalysis`` measures.
public struct StatisticsOptions: Sendable {
    /// How syllables are counted (textstat's English rules by default).
    public var syllableCounter: SyllableCounter
    /// Lexical diversity, keyness and term frequencies too (they cost a second pass).
    public var details: Bool
    /// Key terms listed per paragraph (against the rest of its file).
    public var keyTermsPerParagraph: Int
    /// Most frequent terms listed per summary.
    public var frequentTermsPerSummary: Int

    public init(
        syllableCounter: SyllableCounter = .english, details: Bool = true,
        keyTermsPerParagraph: Int = 5, frequentTermsPerSummary: Int = 20
    ) {
        self.syllableCounter = syllableCounter
        self.details = details
        self.keyTermsPerParagraph = keyTermsPerParagraph
        self.frequentTermsPerSummary = frequentTermsPerSummary
    }

    /// What `tenor stats` measures: everything, English syllables.
    public static let `default` = StatisticsOptions()
}
