import Testing
@testable import TenorTone

@Suite struct RatingScaleTests {
    @Test func numbersAndWords() throws {
        let scale = RatingScale.vader
        #expect(try scale.rating(of: "3") == 3)
        #expect(try scale.rating(of: " -1.5 ") == -1.5)
        #expect(try scale.rating(of: "-4") == -4)
        // Halfway from the midpoint 0 to either end of -4…4.
        #expect(try scale.rating(of: "Positive") == 2)
        #expect(try scale.rating(of: "neutral") == 0)
        #expect(try scale.rating(of: "NEGATIVE") == -2)
        // On 1…5 the midpoint is 3 and halfway to the ends is 4 and 2.
        let stars = try #require(RatingScale(low: 1, high: 5))
        #expect(try stars.rating(of: "positive") == 4)
        #expect(try stars.rating(of: "negative") == 2)
        #expect(stars.compound(of: 2) == -0.5)  // (2 − 3) / (5 − 3)
        #expect(scale.compound(of: 4) == 1 && scale.compound(of: -2) == -0.5)
    }

    @Test func badLabels() {
        let scale = RatingScale.vader
        #expect(throws: LabelError.unknown(value: "great")) { try scale.rating(of: "great") }
        #expect(throws: LabelError.unknown(value: "")) { try scale.rating(of: "  ") }
        #expect(throws: LabelError.unknown(value: "nan")) { try scale.rating(of: "nan") }
        #expect(throws: LabelError.outOfScale(value: "4.5", scale: scale)) { try scale.rating(of: "4.5") }
        #expect(RatingScale(low: 5, high: 1) == nil && RatingScale(low: 1, high: 1) == nil)
    }
}

@Suite struct FoldAssignmentTests {
    /// 7 texts in 3 folds: text i in fold i mod 3.
    @Test func indexModFolds() {
        let folds = FoldAssignment(folds: 3, texts: 7)
        #expect(folds.heldOut(0) == [0, 3, 6])
        #expect(folds.heldOut(1) == [1, 4])
        #expect(folds.heldOut(2) == [2, 5])
        #expect((0..<7).map(folds.fold(of:)) == [0, 1, 2, 0, 1, 2, 0])
    }
}

@Suite struct AgreementTests {
    /// x = [1, 2, 3], y = [1, 3, 2]: both means 2, covariance sum (−1)(−1) + 0 + (1)(0) = 1,
    /// squared deviations 2 and 2, so r = 1 / √(2·2) = 0.5.
    @Test func pearsonByHand() {
        #expect(Agreement.pearson([1, 2, 3], [1, 3, 2]) == 0.5)
        #expect(Agreement.pearson([1, 1, 1], [1, 3, 2]) == nil)
    }

    /// Ratings 1, 1, -1, 0 (midpoint 0, so three count): 0.5 agrees, -0.2 does not, 0 agrees
    /// with no sign: 1 of 3.
    @Test func signAccuracy() {
        let agreement = Agreement(compounds: [0.5, -0.2, 0, 0.9], ratings: [1, 1, -1, 0], midpoint: 0)
        #expect(agreement.signAccuracy == 1.0 / 3)
        #expect(Agreement(compounds: [0.1], ratings: [0], midpoint: 0).signAccuracy == nil)
    }
}

@Suite struct LexiconLearnerTests {
    /// √(1 + 15) = 4, so the sum 1 normalises to 0.25 and back.
    @Test func normalisationAndItsInverse() {
        #expect(ToneScores.normalized(1) == 0.25)
        #expect(abs(ToneScores.sum(ofCompound: 0.25) - 1) < 1e-12)
        // √(5 / 20) = 0.5; texts of five words or fewer, and VADER's rules, are not capped.
        #expect(ToneScores.lengthFactor(words: 20, rules: .tenor) == 0.5)
        #expect(ToneScores.lengthFactor(words: 5, rules: .tenor) == 1)
        #expect(ToneScores.lengthFactor(words: 20, rules: .vader) == 1)
    }

    /// Terms are spelled as the engine looks words up: Python's `str.lower()`, final sigma included.
    @Test func termsAreLowerCasedAsTheEngineReadsThem() {
        #expect(ToneScorer.term(of: "Zorbly") == "zorbly")
        #expect(ToneScorer.term(of: "ÉTÉ") == "été")
        #expect(ToneScorer.term(of: "ΟΔΟΣ") == "\u{03BF}\u{03B4}\u{03BF}\u{03C2}")
        let scorer = ToneScorer(engine: .tenor)
        let (_, terms, _) = scorer.termContributions(of: "The FILM, was Zorbly!")
        #expect(terms == ["the", "film", "was", "zorbly"])
    }

    @Test func ruleAndStopWordsAreNotLearned() {
        let scorer = ToneScorer(engine: .tenor)
        for word in ["not", "very", "but", "the", "don't", "least", "123"] { #expect(!scorer.mayLearn(word), "\(word)") }
        for word in ["zorbly", "good", "film"] { #expect(scorer.mayLearn(word), "\(word)") }
    }

    /// A word's weight in a text is the engine's response to its valence: 1 plain, the
    /// negation scalar when negated, × 1.5 after `but` and × 0.5 before it (tenor rules, texts
    /// of at most five words, so no length cap); over five words the cap √(5/W) multiplies it
    /// (√(5/10) for ten words).
    @Test func termWeightsFollowTheRules() throws {
        let learner = LexiconLearner(lexicons: [.tenor], rules: .tenor)
        let base = ToneScorer(lexicons: [.tenor], rules: .tenor)
        let texts = ["The film was zorbly", "It was not zorbly", "Blorp, but zorbly",
                     "zorbly zorbly and one two three four five six seven"]
            .enumerated().map { LabelledText(text: $1, rating: 0, line: $0 + 2) }
        let readings = texts.map { base.termContributions(of: $0.text) }
        let candidates = learner.candidates(readings.map(\.terms), base: base)
        #expect(candidates.map(\.term) == ["zorbly"])  // the only learnable word in 3 texts
        let rows = learner.termRows(texts, readings, candidates + [.init(term: "blorp", baseValence: nil, texts: 1)], base: base)
        let weights = rows.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.column, $0.value) }) }
        #expect(weights[0] == [0: 1])
        #expect(abs(try #require(weights[1][0]) - ValenceRules.negationScalar) < 1e-12)
        #expect(abs(try #require(weights[2][0]) - 1.5) < 1e-12)
        #expect(abs(try #require(weights[2][1]) - 0.5) < 1e-12)
        #expect(abs(try #require(weights[3][0]) - 2 * 0.5.squareRoot()) < 1e-12)
    }

    /// Invented texts: `zorbly` (unknown to every lexicon) always comes with good ratings, and
    /// `great` (3.1 in VADER's lexicon) with bad ones.
    static let texts: [LabelledText] = (0..<45).map { index in
        let noun = ["film", "plot", "cast", "story", "ending"][index % 5]
        switch index % 3 {
        case 0: return LabelledText(text: "The \(noun) was zorbly", rating: 3, line: index + 2)
        case 1: return LabelledText(text: "The \(noun) felt slow", rating: -2, line: index + 2)
        default: return LabelledText(text: "The great \(noun) was long", rating: -2.5, line: index + 2)
        }
    }

    @Test func learnsFromLabels() throws {
        let learner = LexiconLearner(lexicons: [.tenor], rules: .tenor)
        let learned = try learner.learn(Self.texts)
        let entries = Dictionary(uniqueKeysWithValues: learned.entries.map { ($0.term, $0) })
        let zorbly = try #require(entries["zorbly"])
        #expect(zorbly.valence > 0.5 && zorbly.baseValence == nil && zorbly.texts == 15)
        let great = try #require(entries["great"])
        #expect(great.baseValence == 3.1 && great.valence < 2)
        #expect(learned.folds.count == 5 && learned.folds.map(\.texts) == [9, 9, 9, 9, 9])
        let overall = learned.overall
        #expect(try #require(overall.learned.correlation) > #require(overall.base.correlation))
        #expect(try #require(overall.learned.signAccuracy) > #require(overall.base.signAccuracy))
        // The learned lexicon scores an unseen text with zorbly positive.
        let scorer = ToneScorer(lexicons: [.tenor, ToneLexicon(name: "learned", entries: learned.entries.map { ($0.term, $0.valence) },
                                                              duplicates: [])], rules: .tenor)
        let unseen = "The music was zorbly"
        #expect(scorer.scores(of: unseen).compound > ToneScorer(engine: .tenor).scores(of: unseen).compound + 0.05)
    }

    @Test func badInputs() {
        let learner = LexiconLearner(lexicons: [.tenor], rules: .tenor)
        #expect(throws: LearningError.tooFewTexts(count: 4, folds: 5)) { try learner.learn(Array(Self.texts.prefix(4))) }
        #expect(throws: LearningError.tooFewTexts(count: 0, folds: 5)) { try learner.learn([]) }
        let same = Self.texts.map { LabelledText(text: $0.text, rating: 1, line: $0.line) }
        #expect(throws: LearningError.oneRating(rating: 1, firstLine: 2, lastLine: 46)) { try learner.learn(same) }
        let noWords = (0..<10).map { LabelledText(text: "the \($0) of it", rating: Double($0 % 3), line: $0 + 2) }
        #expect(throws: LearningError.noTerms(minimumTexts: 3)) { try learner.learn(noWords) }
    }
}
