/// Every lexical-diversity measure of one text, for reports.
public struct LexicalDiversityScores: Sendable, Equatable, Codable {
    public var tokens: Int
    public var types: Int
    public var typeTokenRatio: Score
    public var rootTypeTokenRatio: Score
    public var logTypeTokenRatio: Score
    /// MATTR with a 50-token window.
    public var movingAverageTypeTokenRatio: Score
    /// MTLD with the 0.72 threshold.
    public var measureOfTextualLexicalDiversity: Score
    public var yulesK: Score

    public init(_ diversity: LexicalDiversity) {
        tokens = diversity.tokenCount
        types = diversity.typeCount
        typeTokenRatio = diversity.typeTokenRatio
        rootTypeTokenRatio = diversity.rootTypeTokenRatio
        logTypeTokenRatio = diversity.logTypeTokenRatio
        movingAverageTypeTokenRatio = diversity.movingAverageTypeTokenRatio(window: 50)
        measureOfTextualLexicalDiversity = diversity.measureOfTextualLexicalDiversity(threshold: 0.72)
        yulesK = diversity.yulesK
    }
}
