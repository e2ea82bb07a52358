import Testing
@testable import TenorTone

@Suite struct ToneScoresTests {
    /// Expected values from Python 3.11's `round(value, places)` (exact binary value, ties to even).
    @Test(arguments: [
        (0.12345, 4, 0.1235), (2.675, 2, 2.67), (0.0005, 3, 0.001), (0.125, 2, 0.12),
        (0.0015, 3, 0.002), (-0.00005, 4, -0.0001), (0.46885, 4, 0.4688), (0.8125, 3, 0.812),
    ])
    func roundsLikePython(_ value: Double, _ places: Int, _ expected: Double) {
        #expect(ToneScores.rounded(value, places: places) == expected)
    }

    /// `!` adds 0.292 each up to four; `?` adds 0.18 each for two or three, 0.96 for more.
    @Test func punctuationEmphasis() {
        #expect(ToneScores.emphasis(exclamationMarks: 9, questionMarks: 0) == 4 * 0.292)
        #expect(ToneScores.emphasis(exclamationMarks: 0, questionMarks: 1) == 0)
        #expect(ToneScores.emphasis(exclamationMarks: 0, questionMarks: 3) == 3 * 0.18)
        #expect(ToneScores.emphasis(exclamationMarks: 1, questionMarks: 4) == 0.292 + 0.96)
    }

    @Test func labels() {
        #expect(ToneScores(compound: 0.05, positive: 0, neutral: 0, negative: 0).label == .positive)
        #expect(ToneScores(compound: 0.0499, positive: 0, neutral: 0, negative: 0).label == .neutral)
        #expect(ToneScores(compound: -0.05, positive: 0, neutral: 0, negative: 0).label == .negative)
        #expect(ToneScores.zero.label == .neutral)
    }
}
