/// What the rules need to know about one lower-case word, looked up once per word.
struct WordEntry: Sendable {
    /// The lexicon valence, if the word is in the lexicon.
    var valence: Double?
    /// The booster or dampener scalar, if the word is one (a single word, not a phrase).
    var booster: Double?
    /// The word is a negation word.
    var negates = false
    /// Bit k set: the word is word k + 1 of some special-case or booster phrase; bit 4 + k: of
    /// some lexicon or negating phrase (phrases are looked up only where every word can stand
    /// at its place, and the two kinds apart, so the many lexicon phrases do not send the rules
    /// to their tables).
    var phrasePositions: UInt8 = 0

    /// Whether the word can be word `position + 1` (0…2) of a phrase of `kind`.
    @inline(__always)
    func canStand(at position: Int, in kind: PhraseKind) -> Bool {
        phrasePositions & (1 << (position + kind.rawValue)) != 0
    }

    /// The two kinds of phrase tables, by their first bit in ``phrasePositions``.
    enum PhraseKind: Int {
        /// VADER's special cases and booster phrases (``ValenceRules``).
        case rule = 0
        /// Lexicon entries of several words and ``NegatingPhrases`` (``PhraseJoiner``).
        case lexicon = 4
    }
    var role = WordRole.other
    /// A determiner, so a `like` before it may compare (``ComparisonLike``; tenor rules only).
    var isDeterminer = false
    /// A word after which `like` is the verb (``ComparisonLike``; tenor rules only).
    var makesLikeAVerb = false
    /// An emoticon or written laughter, which no negation reverses (tenor rules only).
    var expressive: Expressive?
}
