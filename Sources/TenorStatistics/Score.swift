/// The result of a measure (a readability formula, a lexical-diversity index): a finite number,
/// or the reason the measure cannot be computed for this text (never NaN or infinity).
///
/// Encoded as an object whose `value` is a number or `null`; a `null` value comes with a `reason`:
/// `{"value": 8.73}`, `{"value": null, "reason": "no sentences"}`.
public enum Score: Sendable, Hashable {
    case value(Double)
    case unavailable(reason: String)

    /// The score, or `nil` when it is unavailable.
    public var value: Double? {
        if case .value(let score) = self { return score }
        return nil
    }

    /// Why the score is unavailable, or `nil` when there is a score.
    public var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }

    /// A computed result, turned into `unavailable` if the arithmetic left the finite numbers —
    /// the last line of defence behind each formula's own checks of its divisors.
    static func checked(_ score: Double) -> Score {
        score.isFinite ? .value(score) : .unavailable(reason: "the result is not a finite number")
    }
}

extension Score: Codable {
    private enum CodingKeys: String, CodingKey {
        case value, reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let score = try container.decodeIfPresent(Double.self, forKey: .value) {
            self = .value(score)
        } else {
            self = .unavailable(reason: try container.decode(String.self, forKey: .reason))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .value(let score):
            try container.encode(score, forKey: .value)
        case .unavailable(let reason):
            try container.encodeNil(forKey: .value)
            try container.encode(reason, forKey: .reason)
        }
    }
}
