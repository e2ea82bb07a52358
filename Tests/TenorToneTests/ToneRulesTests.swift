import Testing
import TenorTone

/// The fixed side of each ``ToneRules`` switch (the VADER side is the fixture's job).
@Suite struct ToneRulesTests {
    static let vader = ToneScorer(engine: .vader)

    static func scorer(_ change: (inout ToneRules) -> Void) -> ToneScorer {
        var rules = ToneRules.vader
        change(&rules)
        return ToneScorer(lexicons: [.vader], rules: rules)
    }

    /// The compound of `text` with VADER's rules but `fault` fixed, and with VADER's rules.
    static func compounds(_ text: String, fixing fault: WritableKeyPath<ToneRules, Bool>) -> (fixed: Double, vader: Double) {
        (scorer { $0[keyPath: fault] = false }.scores(of: text).compound, vader.scores(of: text).compound)
    }

    /// `don’t` negates like `don't`.
    @Test func curlyApostrophe() {
        let fixed = Self.scorer { $0.asciiApostropheOnly = false }
        #expect(fixed.scores(of: "I don’t like mondays.") == Self.vader.scores(of: "I don't like mondays."))
        #expect(Self.vader.scores(of: "I don’t like mondays.") != Self.vader.scores(of: "I don't like mondays."))
    }

    /// `ok.` is the word `ok`: `It is ok.` scores as `It is ok` does.
    @Test func shortWordsLosePunctuation() {
        let fixed = Self.scorer { $0.shortWordsKeepPunctuation = false }
        #expect(fixed.scores(of: "It is ok.") == Self.vader.scores(of: "It is ok"))
        #expect(Self.vader.scores(of: "It is ok.").compound == 0)
        // An emoticon has nothing left after stripping, so it stays whole.
        #expect(fixed.scores(of: ":)") == Self.vader.scores(of: ":)"))
    }

    /// `the shit` as the first two words: the special case's 3 replaces the lexicon's -2.6.
    /// Hand calculation: compound = 3 / √(3² + 15) = 0.61237… → 0.6124; pos = (3 + 1) / (4 + 1)
    /// = 0.8 (the word weighs its valence + 1, `the` weighs 1), neu = 0.2.
    @Test func idiomsAnywhere() {
        let fixed = Self.scorer { $0.idiomsFromFourthWord = false }
        #expect(fixed.scores(of: "the shit") == ToneScores(compound: 0.6124, positive: 0.8, neutral: 0.2, negative: 0))
        #expect(Self.vader.scores(of: "the shit").compound < 0)
    }

    /// `I don't feel so bad.`: bad (-2.5) boosted by `so` (-0.293 for a negative word) is
    /// -2.793; `don't` three back negates it (× -0.74) = 2.06682. compound = 2.06682 /
    /// √(2.06682² + 15) = 0.47081… → 0.4708; pos = 3.06682 / (3.06682 + 4 neutral words) = 0.434.
    @Test func negationBeforeSo() {
        let fixed = Self.scorer { $0.soThisPrecedenceSlip = false }
        #expect(fixed.scores(of: "I don't feel so bad.") == ToneScores(compound: 0.4708, positive: 0.434, neutral: 0.566, negative: 0))
        #expect(Self.vader.scores(of: "I don't feel so bad.").compound < 0)
    }

    /// `Nice, nice, but nice.` (nice = 1.8): by position 0.9 + 0.9 + 2.7 = 4.5; compound =
    /// 4.5 / √(4.5² + 15) = 0.75794… → 0.7579; pos = 7.5 / (7.5 + 1) = 0.882 (here the same as
    /// vaderSentiment, whose fault needs equal values at other places; see ContrastRuleTests).
    @Test func butByPosition() {
        let fixed = Self.scorer { $0.butByFirstEqualValue = false }
        let scores = fixed.scores(of: "Nice, nice, but nice.")
        #expect(scores == ToneScores(compound: 0.7579, positive: 0.882, neutral: 0.118, negative: 0))
    }

    /// `❤️` (U+2764 U+FE0F) and `👍🏽` are emoji of the lexicon as a whole: their descriptions
    /// (`red heart`, `thumbs up: medium skin tone`) replace them, with nothing left over.
    @Test func emojiOfSeveralCodePoints() {
        let fixed = Self.scorer { $0.singleCodePointEmoji = false }
        #expect(fixed.scores(of: "Thanks ❤️") == Self.vader.scores(of: "Thanks red heart"))
        #expect(fixed.scores(of: "Nice 👍🏽") == Self.vader.scores(of: "Nice thumbs up: medium skin tone"))
        // vaderSentiment matches ❤ alone and glues U+FE0F to `heart`, which then misses the lexicon.
        #expect(Self.vader.scores(of: "Thanks ❤️") != Self.vader.scores(of: "Thanks red heart"))
        // A code point that only starts longer emoji (a lone regional indicator) is left alone.
        #expect(fixed.scores(of: "good \u{1F1EB} day") == Self.vader.scores(of: "good \u{1F1EB} day"))
    }

    /// A word right after an emoji stays a word of its own.
    @Test func emojiFollowedByAWord() {
        let fixed = Self.scorer { $0.emojiGluedToNextWord = false }
        #expect(fixed.scores(of: "😍love") == Self.vader.scores(of: "😍 love"))
        #expect(Self.vader.scores(of: "😍love") != Self.vader.scores(of: "😍 love"))
    }

    /// `lol` is 2.9 and 1.8 in VADER's lexicon: the mean 2.35 scores 2.35 / √(2.35² + 15) =
    /// 0.51874… → 0.5187 (vaderSentiment's last value, 1.8, gives 0.4215).
    @Test func duplicateTermsAveraged() {
        let fixed = Self.scorer { $0.lastDuplicateWins = false }
        #expect(fixed.scores(of: "lol") == ToneScores(compound: 0.5187, positive: 1, neutral: 0, negative: 0))
        #expect(Self.vader.scores(of: "lol").compound == 0.4215)
    }

    /// `&lt;3` is the emoticon `<3` (1.9): 1.9 / √(3.61 + 15) = 0.44043; vaderSentiment strips
    /// `&lt;3` to `lt;3`, which no lexicon knows.
    @Test func htmlEntitiesDecoded() {
        #expect(Self.compounds("&lt;3", fixing: \.htmlEntitiesKept) == (0.4404, 0))
    }

    /// `the movie is bad ass`: the idiom `bad ass` (1.5) replaces both bad (-2.5) and ass (-2.5)
    /// in vaderSentiment: 3 / √(9 + 15) = 0.61237. Counted once, on ass: 1.5 / √(2.25 + 15) = 0.36116.
    @Test func idiomsCountedOnce() {
        #expect(Self.compounds("the movie is bad ass", fixing: \.idiomsCountedPerWord) == (0.3612, 0.6124))
    }

    /// `not bad, good`: bad negated (2.5 × 0.74 = 1.85), good kept (1.9) past the comma:
    /// 3.75 / √(14.0625 + 15) = 0.69561. vaderSentiment negates good too: 1.85 - 1.406 = 0.444,
    /// 0.444 / √(0.197136 + 15) = 0.11391.
    @Test func negationScopeEndsAtClausePunctuation() {
        #expect(Self.compounds("not bad, good", fixing: \.negationCrossesClausePunctuation) == (0.6956, 0.1139))
    }

    /// `It was great. But the ending was bad.`: `but` halves nothing in the first sentence,
    /// bad × 1.5 = -3.75: -0.65 / √(0.4225 + 15) = -0.16551. vaderSentiment halves great too:
    /// 1.55 - 3.75 = -2.2, -2.2 / √(4.84 + 15) = -0.49386.
    @Test func rulesStayInsideSentences() {
        #expect(Self.compounds("It was great. But the ending was bad.", fixing: \.wholeTextIsOneSentence) == (-0.1655, -0.4939))
    }

    /// Ten `good`: 19 × √(5/10) = 13.43503, 13.43503 / √(180.5 + 15) = 0.96087; the shares are
    /// VADER's (all positive). vaderSentiment: 19 / √376 = 0.97985.
    @Test func longTextsCapped() {
        let fixed = Self.scorer { $0.longTextsSaturate = false }
        let text = Array(repeating: "good", count: 10).joined(separator: " ")
        #expect(fixed.scores(of: text) == ToneScores(compound: 0.9609, positive: 1, neutral: 0, negative: 0))
        #expect(Self.vader.scores(of: text).compound == 0.9799)
        // Five words or fewer sum as VADER does.
        #expect(fixed.scores(of: "good good good") == Self.vader.scores(of: "good good good"))
    }

    /// `like` (1.5 in VADER's lexicon) before a determiner and after a word that no verb `like`
    /// follows is a comparison and counts 0, leaving no tone word: compound 0, all neutral.
    /// After a subject it is the verb: 1.5 / √(2.25 + 15) = 0.36116; pos (1.5 + 1) / (2.5 + 3)
    /// = 0.455. A sentence's first word is never taken for the comparison.
    @Test func comparisonLike() {
        let fixed = Self.scorer { $0.likeIsAlwaysAVerb = false }
        #expect(fixed.scores(of: "The road curved like a snake") == ToneScores(compound: 0, positive: 0, neutral: 1, negative: 0))
        #expect(Self.vader.scores(of: "The road curved like a snake").compound == 0.3612)
        #expect(fixed.scores(of: "I like the plot") == ToneScores(compound: 0.3612, positive: 0.455, neutral: 0.545, negative: 0))
        #expect(fixed.scores(of: "We really like the plot").compound > 0)
        #expect(fixed.scores(of: "Like the plot").compound == 0.3612)
        // No determiner after it: the verb of `birds like seeds`, scored.
        #expect(fixed.scores(of: "birds like seeds").compound == 0.3612)
    }
}
