/// The rule words of VADER, read from `Lexicons/vader-*.tsv` (vaderSentiment 3.3.2's lists).
public struct ToneWordLists: Sendable {
    /// Booster (+0.293) and dampener (-0.293) words and two-word phrases.
    public var boosters: [(term: String, scalar: Double)]
    /// Words that negate the words after them (a word containing `n't` negates too).
    public var negations: [String]
    /// Phrases of two or three words whose valence replaces their lexicon word's.
    public var specialCases: [(phrase: String, valence: Double)]
    /// Emoji and the English descriptions put in their place before scoring.
    public var emoji: [(emoji: String, description: String)]
    /// Sentiment-laden idioms without lexicon words (`cut the mustard`) and their valences;
    /// vaderSentiment 3.3.2 lists them but never uses them, so the VADER rules do not either.
    public var idioms: [(phrase: String, valence: Double)]

    /// vaderSentiment 3.3.2's lists, compiled into the binary.
    public static let vader = ToneWordLists(
        boosters: scores(EmbeddedLexicons.vaderBoosters, name: "vader-boosters.tsv").map { ($0.0, $0.1) },
        negations: (try! LexiconFile(name: "vader-negations.tsv", text: EmbeddedLexicons.vaderNegations)).strings(inColumn: 0),
        specialCases: scores(EmbeddedLexicons.vaderSpecialCases, name: "vader-special-cases.tsv").map { ($0.0, $0.1) },
        emoji: emoji(EmbeddedLexicons.vaderEmoji, name: "vader-emoji.tsv"),
        idioms: scores(EmbeddedLexicons.vaderIdioms, name: "vader-idioms.tsv").map { ($0.0, $0.1) })

    private static func emoji(_ text: String, name: String) -> [(String, String)] {
        let file = try! LexiconFile(name: name, text: text)
        return Array(zip(file.strings(inColumn: 0), file.strings(inColumn: 1)))
    }

    private static func scores(_ text: String, name: String) -> [(String, Double)] {
        let file = try! LexiconFile(name: name, text: text)
        return Array(zip(file.strings(inColumn: 0), try! file.numbers(inColumn: 1)))
    }
}
