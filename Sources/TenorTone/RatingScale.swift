/// How the labels `tenor learn` reads become ratings: numbers on a scale from `low` to `high`
/// (VADER's human ratings, and its lexicon, run from -4 to 4), or the words `positive`,
/// `neutral` and `negative` (any case), which stand for the midpoint of the scale plus or minus
/// half the way to its end: +2, 0 and -2 on -4…4 — a clearly toned text, not the most extreme
/// one a rater could imagine.
public struct RatingScale: Sendable, Equatable, CustomStringConvertible {
    public let low: Double
    public let high: Double

    /// A scale from `low` to `high`; nil unless both are finite and `low` < `high`.
    public init?(low: Double, high: Double) {
        guard low.isFinite, high.isFinite, low < high else { return nil }
        self.low = low
        self.high = high
    }

    /// VADER's scale, -4…4.
    public static let vader = RatingScale(low: -4, high: 4)!

    /// The label words and where they stand between the midpoint (0) and the ends (±1).
    public static let words: [(word: String, position: Double)] = [("positive", 0.5), ("neutral", 0), ("negative", -0.5)]

    public var midpoint: Double { (low + high) / 2 }

    public var description: String { "\(Self.plain(low))…\(Self.plain(high))" }

    /// The rating `label` stands for: a number on the scale (surrounding spaces ignored) or one
    /// of the ``words``.
    public func rating(of label: some StringProtocol) throws(LabelError) -> Double {
        let trimmed = label.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        let text = String(trimmed)
        if let value = Double(text), value.isFinite {
            guard value >= low, value <= high else { throw .outOfScale(value: text, scale: self) }
            return value
        }
        guard let (_, position) = Self.words.first(where: { $0.word == text.lowercased() }) else {
            throw .unknown(value: text)
        }
        return midpoint + position * (high - midpoint)
    }

    /// Where `rating` stands on the compound's scale, -1 (`low`) to 1 (`high`).
    public func compound(of rating: Double) -> Double {
        (rating - midpoint) / (high - midpoint)
    }

    /// `4` rather than `4.0`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// A label that is no rating.
public enum LabelError: Error, Equatable, CustomStringConvertible {
    /// Neither a number nor a label word (an empty label included).
    case unknown(value: String)
    /// A number outside the scale.
    case outOfScale(value: String, scale: RatingScale)

    public var description: String {
        switch self {
        case .unknown(let value) where value.isEmpty:
            return "the label is empty; write a number or one of positive, neutral, negative"
        case .unknown(let value):
            return "label '\(value)' is no number and none of positive, neutral, negative"
        case .outOfScale(let value, let scale):
            return "label \(value) is outside the scale \(scale); give the scale the labels are on"
        }
    }
}
