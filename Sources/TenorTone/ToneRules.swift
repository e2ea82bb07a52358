/// The switches of the rule engine: every known fault of vaderSentiment 3.3.2 is one property,
/// `true` meaning "behave as vaderSentiment does". ``vader`` turns them all on; an engine that
/// fixes a fault turns its switch off.
public struct ToneRules: Sendable, Equatable {
    /// HTML entities stay as written, so `&lt;3` is no `<3` and `&amp;` no `&`. Off: `&amp;`
    /// `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` and numeric `&#N;` / `&#xH;` are decoded first.
    public var htmlEntitiesKept = true
    /// Negation words match with the ASCII apostrophe only: `don't` negates, `don’t` does not.
    /// Off: `’` (U+2019), `‘` (U+2018) and `ʼ` (U+02BC) read as `'` before anything else.
    public var asciiApostropheOnly = true
    /// A word whose punctuation-stripped form has at most two characters keeps its punctuation
    /// (meant for emoticons such as `:)`), so `ok.` misses the lexicon and `It is ok.` scores 0.
    /// Off: it loses its punctuation when what is left holds a letter, the whole token is no
    /// lexicon entry (`:D`, `xD`) and it is no one-letter face such as `=D` or `;P` (at most three
    /// characters, the first no letter); a token that strips to nothing stays whole.
    public var shortWordsKeepPunctuation = true
    /// Special idioms (`the shit`, `kiss of death`, `kind of` after a word) are only looked for
    /// around the fourth word and later. Off: around every word.
    public var idiomsFromFourthWord = true
    /// An idiom's value replaces the valence of each of its lexicon words, so `yeah right`
    /// counts -2 twice once `right` has a valence. Off: each occurrence counts once, on its last
    /// lexicon word, its other words counting 0.
    public var idiomsCountedPerWord = true
    /// Negations reach up to three words back whatever stands between (`not bad, good` negates
    /// `good`). Off: a word ending in `,` `;` `:` `(` or `)` between the negation (itself
    /// included) and the word ends its reach.
    public var negationCrossesClausePunctuation = true
    /// The whole text is one sentence for the rules: `but`, negations, boosters and the ALL-CAPS
    /// differential reach across sentences. Off: the text is cut after every `.`, `!` or `?`
    /// followed by whitespace, and every rule works inside one sentence.
    public var wholeTextIsOneSentence = true
    /// The compound normalises the plain sum of the word valences, so a long text saturates
    /// near ±1 whatever its balance. Off: beyond five words the sum is divided by √(W / 5) for
    /// W words (the scale of a sum of W independent valences), so long texts are judged by how
    /// consistent their tone is.
    public var longTextsSaturate = true
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
    /// lexicon that starts at a place matches, written with or without its U+FE0F, and the
    /// U+FE0F and skin tones that follow it are dropped.
    public var singleCodePointEmoji = true
    /// No space is put after an emoji's description, so a word right after the emoji is glued
    /// to the description's last word (`😍love` reads `heart-eyeslove`). Off: a space follows.
    public var emojiGluedToNextWord = true
    /// `like` is scored as the verb (VADER's 2.0) wherever it stands, also as the preposition of
    /// a comparison (`the road curved like a snake`). Off: `like` counts 0 when a determiner
    /// follows it and the word before it is no subject, auxiliary, negation or intensifier
    /// (``ComparisonLike``); `I like the plot` keeps its 2.0.
    public var likeIsAlwaysAVerb = true
    /// A term listed twice in one lexicon takes its last value (VADER's lexicon has 14 such
    /// terms: `lol` is 2.9 and 1.8, `ok` 1.6 and 1.2). Off: the mean of its values.
    public var lastDuplicateWins = true
    /// Every word with a valence counts, also inside a proper name (`Freedom Square`, `United
    /// States`). Off: the words of a name of several capitalised words count 0 (``NameRule``).
    public var namesCarryTone = true
    /// `but` is the only contrast: words before it count half, words after it 1.5 times. Off:
    /// `however`, `nevertheless`, `nonetheless` and `yet` do the same, and `although`,
    /// `though` and `whereas` halve the clause they open (up to `,` `;` or `:`) while the rest
    /// of the sentence counts 1.5 times (``ContrastRule``).
    public var onlyButContrasts = true
    /// Words are looked up one at a time, so lexicon entries of several words (VADER's `can't
    /// stand`, AFINN's `no fun`) never match. Off: an entry of two or three words matches
    /// where its words stand together in one clause and counts as one word (``PhraseJoiner``).
    public var multiWordEntriesIgnored = true
    /// A word drawn out for emphasis (`goooood`, `yesssss`) is an unknown word. Off: an ASCII
    /// word that is no entry and repeats a letter three times or more is looked up with each
    /// such run cut to two letters (`goooood` → `good`), then to one (`yesss` → `yes`)
    /// (``Elongation``).
    public var elongatedWordsUnknown = true
    /// With the length cap (``longTextsSaturate`` off), the text's sum is capped as a whole,
    /// times √(5 / W) for its W words, so a paragraph of many short sentences counts every one
    /// of them against its whole length. Off: each sentence is capped by its own length and the
    /// sentences' sum divided by √S for the S sentences that carry tone
    /// (``ToneScores/LengthCap/perSentence``).
    public var lengthCappedOverTheText = true
    /// Every negation in a word's window negates it again, so two cancel (in `don't care don't
    /// care` both `don't`s reach the second `care`, which reads positive), and a negation word
    /// is negated too (`no no no` turns the later `no`s positive). Off: a word is negated once,
    /// however many negations reach it, and negation words and `no` never are.
    public var negationsStack = true
    /// A negation multiplies every word by -0.74, so `not bad` (+1.85) is almost as positive as
    /// `good` (1.9). Off: a negative word is multiplied by -0.3 (`not bad` +0.75, faint praise);
    /// a positive one still by -0.74 (`not good` -1.41).
    public var negationSymmetric = true
    /// A sentence is read as an assertion whatever its mood. Off: positive words count half in
    /// a question (a sentence ending with `?`: `Is it any good?` asserts no good) and in a
    /// clause holding a modal (`would`, `could`, `should`, `might`, `would've`…: `It would have
    /// been great`, `It should be fun` say it was not, or is not yet) (``IrrealisRule``).
    public var moodIgnored = true
    /// `too` is a stop word with no tone. Off: `too` before another word of its clause means
    /// "excessively" (`too long`, `too slow`, `too cute`) and counts -1, unless a negation
    /// stands right before it (`not too bad`) (``IrrealisRule``).
    public var tooIsNeutral = true
    /// A negation word carries no tone of its own: `I haven't seen it yet` is neutral. Off: a
    /// negation word (`not`, `never`, `without`, a word ending in `n't`; not `no`, which has
    /// VADER's -1.2) counts ``ValenceRules/negationValence``, since negation is itself a mark of
    /// negative texts (Potts, "On the negativity of negation", SALT 20, 2010: reviews use it
    /// more the lower they rate).
    public var negationsCarryNoTone = true
    /// Negations reach emoticons and laughter like any word (`no way lol` reads `lol` as
    /// negative). Off: an emoticon (a lexicon term with an ASCII character other than a letter,
    /// `'` or `-`: `:)`, `<3`) or written laughter (``Expressive/laughter``) is never negated: it
    /// says how the writer feels about the whole, not a word a negation can deny.
    public var expressivesNegated = true
    /// Written laughter counts its lexicon valence (`lol` 2.35, the mean of VADER's two
    /// ratings). Off: it counts ``Expressive/laughterWeight`` of it, since laughter marks a
    /// joke more than approval (`I'm broke lol`); the rest of the text carries the verdict.
    public var laughterWeighsAsRated = true

    /// vaderSentiment 3.3.2, quirks included.
    public static let vader = ToneRules()

    /// The first tenor engine (`--engine tenor-1`): every fault fixed that agrees better with
    /// human ratings (or changes nothing measurable and is simply right), VADER's `so`/`this`
    /// precedence kept because fixing it agrees worse (`not been this disappointed` is
    /// emphasis, not negation).
    public static let tenor1 = ToneRules(
        htmlEntitiesKept: false, asciiApostropheOnly: false, shortWordsKeepPunctuation: false,
        idiomsFromFourthWord: false, idiomsCountedPerWord: false, negationCrossesClausePunctuation: false,
        wholeTextIsOneSentence: false, longTextsSaturate: false, soThisPrecedenceSlip: true,
        butByFirstEqualValue: false, singleCodePointEmoji: false, emojiGluedToNextWord: false,
        likeIsAlwaysAVerb: false, lastDuplicateWins: false)

    /// Tenor's engine: the first tenor engine's rules; names read as names, contrasts beyond
    /// `but`, phrases, drawn-out words, the length cap per sentence, negations counted once,
    /// milder on negative words, mildly negative themselves and never reversing emoticons or
    /// laughter, laughter at three quarters, questions and modal clauses, and `too`.
    public static let tenor: ToneRules = {
        var rules = tenor1
        rules.namesCarryTone = false
        rules.onlyButContrasts = false
        rules.multiWordEntriesIgnored = false
        rules.elongatedWordsUnknown = false
        rules.lengthCappedOverTheText = false
        rules.negationsStack = false
        rules.negationSymmetric = false
        rules.moodIgnored = false
        rules.tooIsNeutral = false
        rules.negationsCarryNoTone = false
        rules.expressivesNegated = false
        rules.laughterWeighsAsRated = false
        return rules
    }()
}
