/// What the rules need to know about one lower-case word, looked up once per word.
struct WordEntry: Sendable {
    /// The lexicon valence, if the word is in the lexicon.
    var valence: Double?
    /// The booster or dampener scalar, if the word is one (a single word, not a phrase).
    var booster: Double?
    /// The word is a negation word.
    var negates = false
    /// Bit k set: the word is word k + 1 of some special-case or booster phrase (phrases are
    /// looked up only where every word can stand at its place).
    var phrasePositions: UInt8 = 0
    var role = WordRole.other
    /// A determiner, so a `like` before it may compare (``ComparisonLike``; tenor rules only).
    var isDeterminer = false
    /// A word after which `like` is the verb (``ComparisonLike``; tenor rules only).
    var makesLikeAVerb = false
}
