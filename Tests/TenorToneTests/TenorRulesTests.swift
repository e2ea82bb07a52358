import Testing
import TenorText
import TenorTone

/// The rules the tenor engine adds to the first one's, each over VADER's lexicon alone so that
/// only the rule moves the score (good 1.9, bad -2.5, perfect 2.7, `can't stand` -2; boosters
/// +0.293; a negation multiplies by -0.74). compound = T / √(T² + 15), T the (capped) sum; a
/// sentence of W > 5 words is capped by √(5 / W).
@Suite struct TenorRulesTests {
    static let rules = ToneScorer(lexicons: [.vader], rules: .tenor)
    static let firstRules = ToneScorer(lexicons: [.vader], rules: .tenor1)

    static func compound(_ text: String, _ scorer: ToneScorer = rules) -> Double { scorer.scores(of: text).compound }

    /// `however` weighs as `but` does: good × 0.5 = 0.95, bad × 1.5 = -3.75, T = -2.8 over nine
    /// words: -2.8 × √(5/9) = -2.08700: -0.47437.
    @Test func howeverContrastsAsButDoes() {
        #expect(Self.compound("The food was good however the service was bad") == -0.4744)
        #expect(Self.compound("The food was good but the service was bad") == -0.4744)
    }

    /// `although` halves the clause it opens, before or after the main clause; the rest counts
    /// 1.5 times: the same T = -2.8 over nine words.
    @Test func concessiveClauseWeighsLess() {
        #expect(Self.compound("Although the food was good, the service was bad") == -0.4744)
        #expect(Self.compound("The service was bad, although the food was good") == -0.4744)
        // Nothing follows `though`: no contrast, good 1.9 alone.
        #expect(Self.compound("The food was good though") == Self.compound("The food was good"))
    }

    /// `can't stand` is one word of -2 (three words: no cap): -2 / √19 = -0.45883. VADER's rules
    /// look words up one at a time and find nothing.
    @Test func lexiconPhrasesMatch() {
        #expect(Self.compound("I can't stand it") == -0.4588)
        #expect(Self.compound("I can't stand it", Self.firstRules) == 0)
        let text = TextBytes(Array("I really can't stand it".utf8))
        #expect(Self.rules.explanation(of: text, in: 0..<text.count, words: 3).words.map(\.word) == ["can't stand"])
    }

    /// `far from` negates as `not` does: perfect 2.7 × -0.74 = -1.998, and `far from` counts
    /// the negation's -0.3, over four words (`far from` is one): -2.298 / √20.280804 = -0.51028.
    @Test func negatingPhrases() {
        #expect(Self.compound("It was far from perfect") == -0.5103)
        #expect(Self.compound("It was far from perfect", Self.firstRules) > 0.5)
    }

    /// `sooo goooood` reads `so good`: good 1.9 + the booster so 0.293 = 2.193: 0.49273.
    @Test func drawnOutWords() {
        #expect(Self.compound("sooo goooood") == 0.4927)
        #expect(Self.compound("sooo goooood", Self.firstRules) == 0)
    }

    /// Six `good` and then `bad.`: the first sentence 11.4 × √(5/6) = 10.40673, the second -2.5;
    /// (10.40673 - 2.5) / √2 = 5.59091: 0.82203. The first tenor engine caps the whole text:
    /// 8.9 × √(5/7) = 7.52187: 0.88907.
    @Test func eachSentenceIsCappedByItsOwnLength() {
        let text = "good good good good good good. bad."
        #expect(Self.compound(text) == 0.822)
        #expect(Self.compound(text, Self.firstRules) == 0.8891)
    }

    /// A word is negated once however many negations reach it: in `don't care don't care` the
    /// second care (2.2) is reached by both `don't`s. Tenor: -1.628 twice and each `don't` -0.3,
    /// T = -3.856: -3.856 / √29.868736 = -0.70555. VADER's rules negate it twice: -1.628 +
    /// 1.20472 = -0.42328: -0.10864.
    @Test func aWordIsNegatedOnce() {
        #expect(Self.compound("don't care don't care") == -0.7056)
        #expect(Self.compound("don't care don't care", Self.firstRules) == -0.1086)
    }

    /// A negation word is not negated itself: in `no no no` the first two `no`s stand before a
    /// lexicon word and count 0, the last counts its -1.2: -1.2 / √16.44 = -0.29596. VADER's rules
    /// negate the second and third by the `no` before them: 0.888 twice, T = 1.776: 0.41683.
    @Test func negationWordsAreNotNegated() {
        #expect(Self.compound("no no no") == -0.296)
        #expect(Self.compound("no no no", Self.firstRules) == 0.4168)
    }

    /// A negated negative word is faint praise: bad -2.5 × -0.3 = 0.75, with `not`'s own -0.3
    /// T = 0.45: 0.45 / √15.2025 = 0.11541 (VADER's -0.74: 1.85, 0.43102); a negated positive word
    /// keeps -0.74: good 1.9 → -1.406, T = -1.706: -0.40311 (the first tenor engine, without
    /// `not`'s -0.3: -0.34124).
    @Test func negatedNegativesAreMild() {
        #expect(Self.compound("It is not bad") == 0.1154)
        #expect(Self.compound("It is not bad", Self.firstRules) == 0.431)
        #expect(Self.compound("It is not good") == -0.4031)
        #expect(Self.compound("It is not good", Self.firstRules) == -0.3412)
    }

    /// Positive words count half in a modal clause: great 3.1 × 0.5 = 1.55: 0.37156 (as stated:
    /// 0.62489). Only the clause holding the modal: fun 2.3 × 0.5 + good 1.9 = 3.05 over eight
    /// words, × √(5/8) = 2.41124: 0.52852.
    @Test func modalClausesAssertLess() {
        #expect(Self.compound("It would have been great") == 0.3716)
        #expect(Self.compound("It would have been great", Self.firstRules) == 0.6249)
        #expect(Self.compound("It would be fun, and it was good") == 0.5285)
    }

    /// Positive words count half in a question: good 0.95: 0.23823 (VADER's 1.9: 0.44043);
    /// negative words keep their weight: bad -2.5: -0.54233 with either rules.
    @Test func questionsAssertLess() {
        #expect(Self.compound("Is it any good?") == 0.2382)
        #expect(Self.compound("Is it any good?", Self.firstRules) == 0.4404)
        #expect(Self.compound("Is it bad?") == -0.5423)
        #expect(Self.compound("Is it bad?", Self.firstRules) == -0.5423)
    }

    /// `too` before a word counts -1: -1 / √16 = -0.25; `too good`: -1 + 1.9 = 0.9: 0.22635. At
    /// the end of a clause (`me too`) it means "also", and after a negation (`not too bad`)
    /// "very": no tone of its own there (bad × -0.3 = 0.75, `not` -0.3: 0.11541).
    @Test func tooMeansExcess() {
        #expect(Self.compound("It is too long") == -0.25)
        #expect(Self.compound("It is too long", Self.firstRules) == 0)
        #expect(Self.compound("It was too good") == 0.2263)
        #expect(Self.compound("Me too, it was fun") == Self.compound("Me, it was fun"))
        #expect(Self.compound("It is not too bad") == 0.1154)
    }

    /// A negation word counts -0.3 of its own: `I haven't seen it` -0.3 / √15.09 = -0.07723,
    /// where VADER's rules and the first tenor engine's say 0. `no` keeps its -1.2 and nothing
    /// more: -1.2 / √16.44 = -0.29596.
    @Test func negationsAreMildlyNegative() {
        #expect(Self.compound("I haven't seen it") == -0.0772)
        #expect(Self.compound("I haven't seen it", Self.firstRules) == 0)
        #expect(Self.compound("I have no idea") == -0.296)
    }

    /// No negation reverses an emoticon or laughter: in `not me :)` the `:)` keeps its 2.0 and
    /// `not` counts -0.3: 1.7 / √17.89 = 0.40193 (the first tenor engine negates it: 2 × -0.74
    /// = -1.48: -0.35696). `lol` counts three quarters of its 2.35 (the mean of VADER's 2.9 and
    /// 1.8): 1.7625 / √18.10640625 = 0.41420; after `not`: 1.4625 / √17.13890625 = 0.35327.
    @Test func emoticonsAndLaughterAreNotNegated() {
        #expect(Self.compound("not me :)") == 0.4019)
        #expect(Self.compound("not me :)", Self.firstRules) == -0.357)
        #expect(Self.compound("that is lol") == 0.4142)
        #expect(Self.compound("that is not lol") == 0.3533)
    }
}
