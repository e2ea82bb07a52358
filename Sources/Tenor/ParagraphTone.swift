/// A paragraph's tone as a report shows it: the four figures with their label.
public struct ParagraphTone: Codable, Sendable, Equatable {
    public var compound: Double
    public var positive: Double
    public var neutral: Double
    public var negative: Double
    public var label: ToneLabel

    public init(_ scores: ToneScores) {
        (compound, positive, neutral, negative) = (scores.compound, scores.positive, scores.neutral, scores.negative)
        label = scores.label
    }

    public var scores: ToneScores {
        ToneScores(compound: compound, positive: positive, neutral: neutral, negative: negative)
    }
}
