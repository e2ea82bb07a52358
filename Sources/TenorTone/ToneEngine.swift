/// The scoring engines `tenor tone --engine` offers.
public enum ToneEngine: String, Sendable, CaseIterable, Codable {
    /// Tenor's own engine: VADER's approach with its faults fixed, rules working per sentence,
    /// names read as names, phrases, sentimentr's valence shifters and sentence averaging, and
    /// a lexicon completed from AFINN, pattern, the opinion lexicon, labMT and WordNet.
    case tenor
    /// The first tenor engine (Tenor 0.1): VADER's faults fixed and a length-aware compound over
    /// VADER's lexicon completed from AFINN and pattern; kept so that scores can be compared
    /// with earlier runs.
    case tenor1 = "tenor-1"
    /// vaderSentiment 3.3.2's `polarity_scores`, reproduced exactly.
    case vader

    /// The engine's rules.
    public var rules: ToneRules {
        switch self {
        case .vader: return .vader
        case .tenor1: return .tenor1
        case .tenor: return .tenor
        }
    }

    /// The built-in lexicon the engine scores with unless told otherwise (its namesake).
    public var defaultLexicon: BuiltInLexicon { BuiltInLexicon(rawValue: rawValue)! }
}
