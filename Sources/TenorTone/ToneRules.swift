/// The switches of the rule engine: every known fault of vaderSentiment 3.3.2 is one property,
/// `true` meaning "behave as vaderSentiment does". ``vader`` turns them all on; an engine that
/// fixes a fault turns its switch off.
public struct ToneRules: Sendable, Equatable {
    /// Negation words match with the ASCII apostrophe only: `don't` negates, `don’t` does not.
    /// Off: `’` (U+2019) reads as `'` when words are looked up.
    public var asciiApostropheOnly = true
    /// A word whose punctuation-stripped form has at most two characters keeps its punctuation
    /// (meant for emoticons such as `:)`), so `ok.` misses the lexicon and `It is ok.` scores 0.
    /// Off: only a token that would strip to nothing keeps its punctuation.
    public var shortWordsKeepPunctuation = true
    /// Special idioms (`the shit`, `kiss of death`, `kind of` after a word) are only looked for
    /// around the fourth word and later. Off: around every word.
    public var idiomsFromFourthWord = true
    /// vaderSentiment's operator-precedence slip: `so` or `this` just before a word multiplies it
    /// by 1.25 instead of negating it, whatever word stands three back, so a negation there is
    /// lost (`I don't feel so bad` scores negative). Off: only `never so`/`never this` does that.
    public var soThisPrecedenceSlip = true
    /// The "but" rule finds each word by the first index holding an equal value, so words with
    /// repeated valences are scaled at the wrong places (some twice, some not at all). Off: each
    /// word is scaled by its own position.
    public var butByFirstEqualValue = true
    /// Emoji are matched one code point at a time, so an emoji of several (`❤️` is U+2764 +
    /// U+FE0F, `👍🏽` carries a skin tone, flags are two letters) never matches whole: its first
    /// part may, leaving the rest glued to the description. Off: the longest emoji of the
    /// lexicon that starts at a place matches.
    public var singleCodePointEmoji = true
    /// No space is put after an emoji's description, so a word right after the emoji is glued
    /// to the description's last word (`😍love` reads `heart-eyeslove`). Off: a space follows.
    public var emojiGluedToNextWord = true
    /// A term listed twice in one lexicon takes its last value (VADER's lexicon has 14 such
    /// terms: `lol` is 2.9 and 1.8, `ok` 1.6 and 1.2). Off: the mean of its values.
    public var lastDuplicateWins = true

    /// vaderSentiment 3.3.2, quirks included.
    public static let vader = ToneRules()
}
