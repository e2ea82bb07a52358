/// One term of a paragraph with its keyness against the rest of the document.
public struct KeynessTerm: Sendable, Hashable, Codable {
    public let term: String
    /// Its count in the paragraph (a of its ``KeynessTable``).
    public let targetCount: Int
    /// Its count in all the other paragraphs together (b).
    public let referenceCount: Int
    /// The signed G² or χ² (as ``Keyness/measure`` says): positive when the term is more
    /// frequent in the paragraph than in the rest, relative to their sizes.
    public let statistic: Double
    /// The χ²(1) upper-tail probability of the statistic's absolute value
    /// (``KeynessTable/pValue(_:)``).
    public let pValue: Double
    /// The effect size: log₂ of the ratio of the term's relative frequencies, paragraph over
    /// rest, a zero count taken as ½ (``KeynessTable/logRatio``).
    public let logRatio: Double

    public init(
        term: String, targetCount: Int, referenceCount: Int, statistic: Double, pValue: Double, logRatio: Double
    ) {
        self.term = term
        self.targetCount = targetCount
        self.referenceCount = referenceCount
        self.statistic = statistic
        self.pValue = pValue
        self.logRatio = logRatio
    }
}
