/// The compound's normalisation and length cap as formulas, for ``LexiconLearner``, which
/// works on the sums the compound normalises.
extension ToneScores {
    /// The α of the compound's normalisation x / √(x² + α).
    static let normalization = 15.0

    /// The factor the length cap multiplies a text's sum by: √(5 / W) for W > 5 words when
    /// the rules cap, else 1.
    static func lengthFactor(words: Int, rules: ToneRules) -> Double {
        rules.longTextsSaturate || words <= uncappedWords ? 1 : (Double(uncappedWords) / Double(words)).squareRoot()
    }

    /// The compound of the sum `x`: x / √(x² + α).
    static func normalized(_ sum: Double) -> Double {
        sum / (sum * sum + normalization).squareRoot()
    }

    /// The sum whose compound is `compound` (|compound| < 1): c·√α / √(1 − c²).
    static func sum(ofCompound compound: Double) -> Double {
        compound * normalization.squareRoot() / (1 - compound * compound).squareRoot()
    }
}
