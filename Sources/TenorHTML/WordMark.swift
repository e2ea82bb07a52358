import Tenor

/// One word that moved a paragraph's tone, as the page marks it.
struct WordMark: Sendable {
    /// The signed contribution for a reader: `+1.2345`, `−0.7400`.
    let value: String
    /// The contribution as the JSON and `tone --explain` give it.
    let exact: String
    /// `pos` or `neg`: the colour and the underline style.
    let sign: String
    /// `+` or `−`: the sign written after the word, so that colour is not the only cue.
    let symbol: String
    /// 1 to 3: how strong the tint is (below 1, below 2, 2 or more in valence units).
    let strength: Int
    /// What a screen reader and a hover say: `good: +1.9000`.
    let word: String

    init(_ contribution: WordContribution) {
        let amount = abs(contribution.contribution)
        value = Decimal.signed(contribution.contribution, places: 4)
        exact = "\(contribution.contribution)"
        sign = contribution.contribution < 0 ? "neg" : "pos"
        symbol = contribution.contribution < 0 ? "\u{2212}" : "+"
        strength = amount < 1 ? 1 : amount < 2 ? 2 : 3
        word = contribution.word.displayable
    }
}
