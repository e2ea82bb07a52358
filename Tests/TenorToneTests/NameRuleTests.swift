import Testing
import TenorText
import TenorTone

/// Words inside proper names carry no tone with the tenor engine (``ToneRules/namesCarryTone``
/// off), and keep it with tenor-1 and VADER. Valences from VADER's lexicon: love 3.2, united
/// 1.8, freedom 3.2, happy 2.7, damn -1.7, liberty 2.4, hope 1.9, best 3.2, filled 0.4 (pattern
/// 0.4, through the tenor lexicons). Texts of at most five words sum as they are: compound =
/// T / √(T² + 15).
@Suite struct NameRuleTests {
    static let tenor = ToneScorer(engine: .tenor)
    static let tenor1 = ToneScorer(engine: .tenor1)

    static func compound(_ text: String, _ scorer: ToneScorer = tenor) -> Double { scorer.scores(of: text).compound }

    /// `United States` is a name; `love` stays: 3.2 / √(10.24 + 15) = 0.63695. tenor-1 adds
    /// united: 5.0 / √40 = 0.79057.
    @Test func countryNameAddsNothing() {
        #expect(Self.compound("I love the United States") == 0.6369)
        #expect(Self.compound("I love the United States", Self.tenor1) == 0.7906)
    }

    /// Names mid-sentence: `Freedom Square` leaves filled 0.4: 0.4 / √15.16 = 0.10273; `Hope
    /// Street`, `Liberty Bank` and `Statue of Liberty` (joined by the particle `of`) add nothing.
    @Test func placeNamesAddNothing() {
        #expect(Self.compound("Crowds filled Freedom Square") == 0.1027)
        #expect(Self.compound("They met at Hope Street and Liberty Bank.") == 0)
        #expect(Self.compound("The Statue of Liberty stood.") == 0)
        #expect(Self.compound("They met at Hope Street and Liberty Bank.", Self.tenor1) > 0.6)
    }

    /// A capitalised first word keeps its tone: alone (`Freedom matters.`: freedom 3.2, matters
    /// 0.1: 3.3 / √25.89 = 0.64855), and before a capitalised word after the addresses that lead
    /// a post (`@anna Happy Birthday`: 2.7 / √22.29 = 0.57188).
    @Test func sentenceStartKeepsItsTone() {
        #expect(Self.compound("Freedom matters.") == 0.6486)
        #expect(Self.compound("@anna Happy Birthday") == 0.5719)
        #expect(Self.compound("RT @anna Happy Birthday") == 0.5719)
    }

    /// Emphasis is no name: a repeated word (`Damn Damn Damn`: -5.1 / √41.01 = -0.79639), ALL
    /// CAPS (love and united: 5.0 + 2 × 0.733 would need a caps differential; all words are
    /// upper case, so none: 0.79057), and a sentence in title case throughout, which scores as
    /// it does in lower case.
    @Test func emphasisIsNoName() {
        #expect(Self.compound("Damn Damn Damn") == -0.7964)
        #expect(Self.compound("I LOVE THE UNITED STATES") == 0.7906)
        #expect(Self.compound("Best Day Ever In Town") == Self.compound("best day ever in town"))
        #expect(Self.compound("Best Day Ever In Town") > 0.6)
    }

    /// `--explain` lists no word of a name.
    @Test func namesAreNotExplained() {
        let text = TextBytes(Array("Crowds in Freedom Square love it".utf8))
        let words = Self.tenor.explanation(of: text, in: 0..<text.count, words: 5).words.map(\.word)
        #expect(words == ["love"])
    }
}
