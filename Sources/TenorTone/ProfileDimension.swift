/// One column of a lexicon profile: a score for each term of a lexicon.
///
/// A valence (VADER's, AFINN's, pattern's polarity) turns over when the word is negated —
/// `not good` counts against — so it ``flipsUnderNegation``; a subjectivity does not: a negated
/// opinion word is still an opinion.
public struct ProfileDimension: Sendable {
    /// The column's name in reports, e.g. `vader`, `afinn`, `pattern_subjectivity`.
    public var name: String
    /// Lower-case single words and their scores; entries of several words are not matched.
    public var scores: [String: Double]
    public var flipsUnderNegation: Bool

    public init(name: String, scores: [String: Double], flipsUnderNegation: Bool) {
        self.name = name
        self.scores = scores
        self.flipsUnderNegation = flipsUnderNegation
    }
}
