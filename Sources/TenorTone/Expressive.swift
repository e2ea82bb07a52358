/// Emoticons and written laughter: signs of how the writer feels about what they wrote, not
/// words a negation can deny (`no way lol` is no less amused), so with the tenor rules no
/// negation reverses them (``ToneRules/expressivesNegated`` off), and laughter, which marks a
/// joke more than approval, counts ``laughterWeight`` of its valence
/// (``ToneRules/laughterWeighsAsRated`` off).
enum Expressive {
    case emoticon, laughter

    /// What laughter counts of its lexicon valence with the tenor rules: chosen from 0.5, 0.75
    /// and 1 on the even IDs of the human-rated tweets and confirmed on the odd ones
    /// (Documentation/tone-engine.md).
    static let laughterWeight = 0.75

    /// The laughter of VADER's lexicon, by this rule of inclusion: `lol` and its spellings
    /// (`lolz`, `lulz`), the acronyms of laughing (`lmao`, `lmbao`, `lmfao`, `lmso`, `rofl`,
    /// `roflmao`, `roflcopter`), laughter written out (`ha`, `haha`, `hahaha`, `heh`) and the
    /// laughing face written in letters, `xd`. Emoticons need no list (``isEmoticon(_:)``).
    static let laughterTerms = ["lol", "lolz", "lulz", "lmao", "lmbao", "lmfao", "lmso", "rofl", "roflmao", "roflcopter",
                                "ha", "haha", "hahaha", "heh", "xd"]

    /// Whether the lexicon `term` is an emoticon: it holds an ASCII character other than a
    /// letter, a digit, an apostrophe, a hyphen or a space, and no two letters in a row (`:)`,
    /// `<3`, `:-d`, `b^d`), which no word of the lexicons does (`gr8`, `far-fetched`, `can't
    /// stand`, censored `sh*t`).
    static func isEmoticon(_ term: String) -> Bool {
        var symbol = false
        var previousIsLetter = false
        for byte in term.utf8 {
            let letter = byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
            if letter && previousIsLetter { return false }
            previousIsLetter = letter
            let digit = byte >= 0x30 && byte <= 0x39
            if byte < 0x80 && !letter && !digit && byte != 0x27 && byte != 0x2D && byte != 0x20 { symbol = true }
        }
        return symbol
    }
}
