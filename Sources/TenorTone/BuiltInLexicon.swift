/// The lexicons Tenor ships (see Lexicons/README.md for each one's source and licence), by the
/// name `tenor --lexicon` takes.
public enum BuiltInLexicon: String, Sendable, CaseIterable, Codable {
    /// VADER's lexicon as vaderSentiment 3.3.2 has it.
    case vader
    /// AFINN-165 (-5…5), scaled by 4/5 onto VADER's -4…4.
    case afinn
    /// pattern's adjective polarity (-1…1), as TextBlob uses it, scaled by 4.
    case textblob
    /// Hu and Liu's opinion lexicon.
    case opinion
    /// labMT 1.0's happiness ratings.
    case labmt
    /// Valences propagated through WordNet 3.0 from scored seed words.
    case wordnet
    /// The tenor engine's merge of these and more (``ToneLexicon/tenor``).
    case tenor
    /// The first tenor engine's merge of VADER, AFINN and pattern (``ToneLexicon/tenor1``).
    case tenor1 = "tenor-1"

    /// The lexicon's entries.
    public var lexicon: ToneLexicon {
        switch self {
        case .vader: ToneLexicon.vader
        case .afinn: try! ToneLexicon(name: rawValue, text: EmbeddedLexicons.afinn165, scale: 0.8)
        case .textblob: try! ToneLexicon(name: rawValue, text: EmbeddedLexicons.textblobSentiment, scale: 4)
        case .opinion: ToneLexicon.opinion
        case .labmt: ToneLexicon.labMT
        case .wordnet: ToneLexicon.wordNet
        case .tenor: ToneLexicon.tenor
        case .tenor1: ToneLexicon.tenor1
        }
    }
}
