import Testing
import TenorTone

/// Every sentence of the fixture scores exactly as vaderSentiment 3.3.2 rounds it.
@Suite struct VaderFixtureTests {
    static let scorer = ToneScorer(engine: .vader)

    @Test func fixtureCoversEveryRule() {
        #expect(ToneFixture.cases.count >= 300)
        let groups = Set(ToneFixture.cases.map(\.group))
        for group in ["negation-window", "never-so-this", "without-doubt", "least", "but", "boosters", "caps",
                      "punctuation-emphasis", "idioms", "emoji-and-emoticons", "short-words-and-punctuation", "bad-input"] {
            #expect(groups.contains(group), "no \(group) sentences")
        }
    }

    @Test(arguments: ToneFixture.cases)
    func scoresEqualVaderSentiment(_ fixture: ToneFixture.Case) {
        let scores = Self.scorer.scores(of: fixture.text)
        #expect(scores == fixture.expected)
        for value in [scores.compound, scores.positive, scores.neutral, scores.negative] { #expect(value.isFinite) }
    }
}
