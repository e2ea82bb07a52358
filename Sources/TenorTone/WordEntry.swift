/// What the rules need to know about one lower-case word, looked up once per word.
struct WordEntry {
    /// The lexicon valence, if the word is in the lexicon.
    var valence: Double?
    /// The booster or dampener scalar, if the word is one (a single word, not a phrase).
    var booster: Double?
    /// The word is a negation word.
    var negates = false
    var role = WordRole.other
}
