/// The scoring engines `tenor tone --engine` offers.
public enum ToneEngine: String, Sendable, CaseIterable, Codable {
    /// Tenor's own engine: VADER's approach with its faults fixed, rules working per sentence, a
    /// length-aware compound and VADER's lexicon completed from AFINN and pattern.
    case tenor
    /// vaderSentiment 3.3.2's `polarity_scores`, reproduced exactly.
    case vader

    /// The engine's rules.
    public var rules: ToneRules {
        switch self {
        case .vader: return .vader
        case .tenor: return .tenor
        }
    }

    /// The name of the built-in lexicon the engine scores with unless told otherwise.
    public var defaultLexiconName: String { rawValue }
}
