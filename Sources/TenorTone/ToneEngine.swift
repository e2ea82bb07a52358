/// The scoring engines `tenor tone --engine` offers.
public enum ToneEngine: String, Sendable, CaseIterable, Codable {
    /// Tenor's own engine: VADER's approach with its faults fixed (not built yet).
    case tenor
    /// vaderSentiment 3.3.2's `polarity_scores`, reproduced exactly.
    case vader

    /// The engine's rules, or nil while the engine is not built (only `vader` is, so far).
    public var rules: ToneRules? {
        switch self {
        case .vader: return .vader
        case .tenor: return nil
        }
    }
}
