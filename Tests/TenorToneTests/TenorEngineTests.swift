import Testing
import TenorTone

/// The first tenor engine (``ToneRules/tenor1`` over ``ToneLexicon/tenor1``, `--engine tenor-1`),
/// rule by rule; the rules it fixed stay fixed in today's engine. Every value
/// is worked out by hand: compound = normalize(T × min(1, √(5 / W))) with normalize(x) =
/// x / √(x² + 15), T the valence sum pushed away from 0 by the text's `!` and `?`, W the words.
/// Valences from VADER's lexicon: good 1.9, great 3.1, bad -2.5, love 3.2, heart 3.2, yeah 1.2,
/// `<3` 1.9, `=d` 2.3, no -1.2; `ok` and `lol` are listed twice (1.6 and 1.2; 2.9 and 1.8).
@Suite struct TenorEngineTests {
    static let tenor = ToneScorer(engine: .tenor1)
    static let vader = ToneScorer(engine: .vader)

    static func compound(_ text: String, _ scorer: ToneScorer = tenor) -> Double { scorer.scores(of: text).compound }

    /// Ten `good`: T = 19, W = 10: 19 × √(5/10) = 13.43503; 13.43503 / √(180.5 + 15) = 0.96087.
    /// VADER: 19 / √(361 + 15) = 0.979851.
    @Test func sumOfLongTextsIsCapped() {
        let text = Array(repeating: "good", count: 10).joined(separator: " ")
        #expect(Self.compound(text) == 0.9609)
        #expect(Self.compound(text, Self.vader) == 0.9799)
    }

    /// 100 × `The food was good.`: T = 190, W = 400: 190 × √(5/400) = 21.24265; / √(451.25 + 15)
    /// = 0.98378 (VADER: 190 / √(36100 + 15) = 0.99979). Half of them `… bad.`: T = 95 - 125 =
    /// -30: -30 × 0.111803 = -3.35410; / √(11.25 + 15) = -0.65465 (VADER: -30 / √915 = -0.99177,
    /// as negative as a text can be).
    @Test func longUniformParagraphDoesNotSaturate() {
        let good = Array(repeating: "The food was good.", count: 100).joined(separator: " ")
        #expect(Self.compound(good) == 0.9838)
        #expect(Self.compound(good, Self.vader) == 0.9998)
        let mixed = Array(repeating: "The food was good. The food was bad.", count: 50).joined(separator: " ")
        #expect(Self.compound(mixed) == -0.6547)
        #expect(Self.compound(mixed, Self.vader) == -0.9918)
    }

    /// `but` works inside its sentence: great 3.1 stays whole, bad -2.5 × 1.5 = -3.75; T = -0.65,
    /// W = 8: -0.65 × √(5/8) = -0.51387; / √(0.26406 + 15) = -0.13153. VADER halves great across
    /// the sentence boundary.
    @Test func butStaysInItsSentence() {
        #expect(Self.compound("It was great. But the ending was bad.") == -0.1315)
        #expect(Self.compound("It was great. But the ending was bad.", Self.vader) == -0.4939)
    }

    /// `!` counts once over the text, at most four: 6 marks → 4 × 0.292 = 1.168 (per sentence
    /// it would be 2 × 3 × 0.292). T = 3.8 + 1.168 = 4.968, W = 2: 4.968 / √(24.68102 + 15) = 0.78866.
    @Test func emphasisCountsOverTheText() {
        #expect(Self.compound("Good!!! Good!!!") == 0.7887)
    }

    /// `not bad, good`: bad negated, 2.5 × 0.74 = 1.85; the comma ends `not`'s reach, so good
    /// stays 1.9: T = 3.75, W = 3: 3.75 / √(14.0625 + 15) = 0.69561. VADER negates good too.
    @Test func negationStopsAtClausePunctuation() {
        #expect(Self.compound("not bad, good") == 0.6956)
        #expect(Self.compound("not bad, good", Self.vader) < 0.2)
    }

    /// `ok.` → ok 1.4 (the mean of 1.6 and 1.2): 1.4 / √(1.96 + 15) = 0.33995 (CLI test has the
    /// shares). `no.` → no -1.2: -1.2 / √16.44 = -0.29596. `=D` is a face and stays whole (`=d`
    /// 2.3: 2.3 / √20.29 = 0.51061); `:D` is a lexicon entry and stays whole too.
    @Test func shortWordsLosePunctuationUnlessFaces() {
        #expect(Self.compound("It is ok.") == 0.34)
        #expect(Self.compound("no.") == -0.296)
        #expect(Self.compound("=D") == 0.5106)
        #expect(Self.compound(":D") == 0.5106)
    }

    /// `lol` is 2.9 and 1.8 in VADER's file: the mean 2.35 gives 2.35 / √(5.5225 + 15) = 0.51874.
    @Test func duplicatesAreAveraged() {
        #expect(Self.compound("lol") == 0.5187)
    }

    /// `yeah right` counts -2 once, on `right` (pattern makes it a lexicon word): -2 / √19 =
    /// -0.45883. VADER looks for idioms from the fourth word only: yeah 1.2 / √16.44 = 0.29596.
    @Test func idiomsEverywhereCountedOnce() {
        #expect(Self.compound("yeah right") == -0.4588)
        #expect(Self.compound("yeah right", Self.vader) == 0.296)
    }

    /// `&lt;3` is the emoticon `<3` (1.9 / √18.61 = 0.44043); `don’t` negates like `don't`.
    @Test func textPreparation() {
        #expect(Self.compound("&lt;3") == 0.4404)
        #expect(Self.compound("&#60;3") == 0.4404 && Self.compound("&#x3C;3") == 0.4404)
        #expect(Self.compound("&bogus;3 &#0;") == 0)
        #expect(Self.tenor.scores(of: "I don’t like it") == Self.tenor.scores(of: "I don't like it"))
        #expect(Self.tenor.scores(of: "I donʼt like it") == Self.tenor.scores(of: "I don't like it"))
    }

    /// `❤` without its U+FE0F is still `red heart`; a word right after an emoji is not glued on;
    /// skin tones and extra U+FE0F are dropped.
    @Test func emojiMatchWholeAndStandApart() {
        #expect(Self.tenor.scores(of: "I ❤ you") == Self.tenor.scores(of: "I red heart you"))
        #expect(Self.tenor.scores(of: "I ❤️️ you") == Self.tenor.scores(of: "I red heart you"))
        #expect(Self.tenor.scores(of: "I 👍love it") == Self.tenor.scores(of: "I thumbs up love it"))
        // Keycaps start with an ASCII character, with or without U+FE0F.
        #expect(Self.tenor.scores(of: "Number 1⃣great") == Self.tenor.scores(of: "Number keycap: 1 great"))
        #expect(Self.tenor.scores(of: "Number 1️⃣great") == Self.tenor.scores(of: "Number keycap: 1 great"))
    }

    /// Words VADER lacks: engrossing is AFINN's 3 × 0.8 = 2.4, touching pattern's 0.5: T = 2.9,
    /// W = 8: 2.9 × √(5/8) = 2.29265; / √(5.25624 + 15) = 0.50940. VADER knows neither: 0.
    @Test func lexiconCompletedFromAFINNAndPattern() {
        #expect(Self.compound("The acting was engrossing and the score touching.") == 0.5094)
        #expect(Self.compound("The acting was engrossing and the score touching.", Self.vader) == 0)
        // Stop words and rule words are never taken from the other lexicons.
        #expect(Self.compound("much however") == 0)
    }

    /// Nothing to score, or odd input: finite figures, never NaN.
    @Test(arguments: ["", "   ", "!!! ???", "😀😀😀", "👍🏽", String(repeating: "a", count: 100_000),
                      "Привет мир! 你好。 good مرحبا", "&#1114111; &#xD800; &amp", "\u{FE0F}\u{1F3FB}"])
    func oddInputGivesFiniteScores(_ text: String) {
        let scores = Self.tenor.scores(of: text)
        for value in [scores.compound, scores.positive, scores.neutral, scores.negative] {
            #expect(value.isFinite && abs(value) <= 1)
        }
    }
}
