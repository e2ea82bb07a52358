/// The counts the readability formulas are computed from.
///
/// Each count is defined the way textstat 0.7.13 counts it, so that the same counts give the same
/// scores (the acceptance test: `Tests/Fixtures/readability/formulas.tsv`). textstat reads several
/// different "word" and "character" counts from one text; they are kept apart here rather than
/// merged, because merging them would change the numbers. All counts are of one text (a
/// paragraph, a file or a corpus); none may be negative.
public struct ReadabilityCounts: Sendable, Equatable, Codable {
    /// Sentences. textstat: `sentence_count` (at least 1 for any non-empty text; fragments of two
    /// words or fewer are not counted).
    public var sentences: Int
    /// Words. textstat: `lexicon_count` — whitespace-separated tokens after punctuation is
    /// removed (apostrophes of contractions kept), so punctuation-only tokens are not words and
    /// `well-being` is one word.
    public var words: Int
    /// Syllables of all words.
    public var syllables: Int
    /// Words of three or more syllables (SMOG). textstat: `polysyllabcount`.
    public var polysyllabicWords: Int
    /// Gunning fog's "complex" words. textstat: words of three or more syllables that are not on
    /// its Dale–Chall easy-word list (`difficult_words` with `syllable_threshold=3`, not unique).
    /// Without that list, `polysyllabicWords` is the closer reading of Gunning's own rule.
    public var complexWords: Int
    /// Letters (Coleman–Liau). textstat: `letter_count` — Unicode scalars matching Python's `\w`
    /// (letters, digits, underscore), so digits count as letters and punctuation does not.
    public var letters: Int
    /// Characters (ARI). textstat: `char_count` — every Unicode scalar that is not whitespace,
    /// punctuation included.
    public var characters: Int
    /// Tokens (ARI's divisor for `characters`). textstat: whitespace-separated tokens, punctuation-only
    /// ones included (`lexicon_count(text, removepunct=False)`).
    public var tokens: Int
    /// The Linsear Write sample's own counts.
    public var linsearWrite: LinsearWriteSample
    /// Words missing from an easy-word list (Dale–Chall, Spache), or `nil` when they were not
    /// counted — Tenor ships no easy-word list, so those two formulas are unavailable then.
    public var unfamiliarWords: UnfamiliarWords?

    public init(
        sentences: Int, words: Int, syllables: Int, polysyllabicWords: Int, complexWords: Int,
        letters: Int, characters: Int, tokens: Int, linsearWrite: LinsearWriteSample,
        unfamiliarWords: UnfamiliarWords? = nil
    ) {
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.polysyllabicWords = polysyllabicWords
        self.complexWords = complexWords
        self.letters = letters
        self.characters = characters
        self.tokens = tokens
        self.linsearWrite = linsearWrite
        self.unfamiliarWords = unfamiliarWords
    }

    /// The first negative count by name, if any: counts come from callers, and a negative one
    /// would otherwise produce a plausible-looking score.
    var negativeCount: String? {
        // The usual case, decided without building the named list (this runs for every formula
        // of every paragraph): the counts' bitwise or is negative exactly when one of them is.
        // (Not `min` of them all: its variadic form builds an array each time.)
        let anyNegative = sentences | words | syllables | polysyllabicWords | complexWords | letters
            | characters | tokens | linsearWrite.easyWords | linsearWrite.hardWords | linsearWrite.sentences
            | (unfamiliarWords?.daleChall ?? 0) | (unfamiliarWords?.spache ?? 0)
        guard anyNegative < 0 else { return nil }
        let named: KeyValuePairs<String, Int> = [
            "sentences": sentences, "words": words, "syllables": syllables,
            "polysyllabicWords": polysyllabicWords, "complexWords": complexWords,
            "letters": letters, "characters": characters, "tokens": tokens,
            "linsearWrite.easyWords": linsearWrite.easyWords,
            "linsearWrite.hardWords": linsearWrite.hardWords,
            "linsearWrite.sentences": linsearWrite.sentences,
            "unfamiliarWords.daleChall": unfamiliarWords?.daleChall ?? 0,
            "unfamiliarWords.spache": unfamiliarWords?.spache ?? 0,
        ]
        return named.first { $0.value < 0 }.map { "\($0.key) is negative (\($0.value))" }
    }
}
