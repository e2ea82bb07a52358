/// The key terms of one paragraph, or the reason there are none to compute (never NaN or
/// infinity).
///
/// Encoded as an object whose `terms` is a list or `null`; a `null` comes with a `reason`:
/// `{"terms": [...]}`, `{"terms": null, "reason": "the document has only one paragraph"}`.
public enum KeynessResult: Sendable, Hashable {
    case terms([KeynessTerm])
    case unavailable(reason: String)

    /// The terms, or `nil` when keyness is unavailable.
    public var terms: [KeynessTerm]? {
        if case .terms(let terms) = self { return terms }
        return nil
    }

    /// Why keyness is unavailable, or `nil` when there are terms.
    public var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}

extension KeynessResult: Codable {
    private enum CodingKeys: String, CodingKey {
        case terms, reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let terms = try container.decodeIfPresent([KeynessTerm].self, forKey: .terms) {
            self = .terms(terms)
        } else {
            self = .unavailable(reason: try container.decode(String.self, forKey: .reason))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .terms(let terms):
            try container.encode(terms, forKey: .terms)
        case .unavailable(let reason):
            try container.encodeNil(forKey: .terms)
            try container.encode(reason, forKey: .reason)
        }
    }
}
