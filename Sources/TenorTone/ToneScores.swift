/// The tone of one text: VADER's four figures and the label they give.
public struct ToneScores: Sendable, Equatable, Codable {
    /// The normalised sum of the words' valences, from -1 (most negative) to 1 (most positive).
    public var compound: Double
    /// The share of the text's weight that is positive (0…1).
    public var positive: Double
    /// The share that is neutral (0…1).
    public var neutral: Double
    /// The share that is negative (0…1).
    public var negative: Double

    public init(compound: Double, positive: Double, neutral: Double, negative: Double) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    /// A text with no words: all four figures zero, as vaderSentiment gives.
    public static let zero = ToneScores(compound: 0, positive: 0, neutral: 0, negative: 0)

    /// `positive` when compound ≥ 0.05, `negative` when compound ≤ -0.05, else `neutral`.
    public var label: ToneLabel {
        compound >= 0.05 ? .positive : compound <= -0.05 ? .negative : .neutral
    }
}

/// The three classes a compound score falls into.
public enum ToneLabel: String, Sendable, Codable, CaseIterable {
    case positive, neutral, negative
}
