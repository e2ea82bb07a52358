import Testing
import TenorText
import TenorTone

@Suite struct LexiconProfilerTests {
    static let profiler = LexiconProfiler(
        dimensions: [
            ProfileDimension(name: "valence", scores: ["good": 2, "bad": -2, "not bad at all": 3], flipsUnderNegation: true),
            ProfileDimension(name: "subjectivity", scores: ["good": 0.6, "bad": 0.7], flipsUnderNegation: false),
        ],
        negations: ["not", "never"])

    /// Each expected pair is (valence, subjectivity) = (Σ sign·score, Σ score) / words, with a
    /// negated word's valence counting -0.74 times, worked out by hand.
    static let cases: [(text: String, valence: Double, subjectivity: Double)] = [
        ("good and bad", (2 - 2) / 3, (0.6 + 0.7) / 3),
        ("not good", -0.74 * 2 / 2, 0.6 / 2),
        // The comma ends the negation's reach: only `good` is negated.
        ("not good, bad", (-0.74 * 2 - 2) / 3, (0.6 + 0.7) / 3),
        // A curly apostrophe negates as the straight one does; `good` is two words on.
        ("isn’t very good", -0.74 * 2 / 3, 0.6 / 3),
        // Three words reach; the fourth is not negated.
        ("not a b c good", 2.0 / 5, 0.6 / 5),
        ("not a b good", -0.74 * 2 / 4, 0.6 / 4),
        // `but` ends the reach.
        ("never but good", 2.0 / 3, 0.6 / 3),
        // Upper case is matched; a lexicon entry of several words never is.
        ("NOT BAD AT ALL", -0.74 * -2 / 4, 0.7 / 4),
        ("!!! ...", 0, 0),
        ("12 34", 0, 0),
    ]

    @Test func scoresEachParagraphAsAMeanPerWord() {
        let document = Document(name: "t", text: Array(Self.cases.map(\.text).joined(separator: "\n\n").utf8))
        let profiles = Self.profiler.profiles(of: [document])
        #expect(profiles.dimensions == ["valence", "subjectivity"])
        #expect(profiles.scores.rows == Self.cases.count)
        for (row, expected) in Self.cases.enumerated() {
            let profile = profiles.profile(ofParagraph: row)
            #expect(abs(profile["valence"]! - expected.valence) < 1e-6, "\(expected.text)")
            #expect(abs(profile["subjectivity"]! - expected.subjectivity) < 1e-6, "\(expected.text)")
        }
    }

    /// 600 paragraphs over several documents span many blocks and runs of the product; every row must
    /// still get its own paragraph's scores.
    @Test func blocksAndDocumentsKeepRowsInOrder() {
        let documents = (0..<3).map { index in
            Document(name: "d\(index)", text: Array((0..<200).map { Self.cases[($0 + index) % Self.cases.count].text }
                .joined(separator: "\n\n").utf8))
        }
        let profiles = Self.profiler.profiles(of: documents)
        #expect(profiles.scores.rows == 600)
        for row in 0..<600 {
            let expected = Self.cases[(row % 200 + row / 200) % Self.cases.count]
            #expect(abs(Double(profiles.scores[row, 0]) - expected.valence) < 1e-6)
        }
    }

    @Test func noParagraphsAndNoDimensions() {
        #expect(Self.profiler.profiles(of: []).scores.rows == 0)
        let empty = LexiconProfiler(dimensions: [], negations: [])
        let profiles = empty.profiles(of: [Document(name: "t", text: Array("good".utf8))])
        #expect(profiles.scores.rows == 1 && profiles.scores.columns == 0)
    }
}
