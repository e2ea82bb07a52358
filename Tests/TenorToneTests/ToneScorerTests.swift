import Testing
import TenorText
import TenorTone

@Suite struct ToneScorerTests {
    static let scorer = ToneScorer(engine: .vader)

    /// `The soup was not good.`: good (1.9) negated by `not` (× -0.74) = -1.406; the other
    /// words add 0.
    @Test func contributions() {
        let text = TextBytes(Array("The soup was not good.".utf8))
        let (scores, words) = Self.scorer.contributions(of: text, in: 0..<text.count)
        #expect(words.map(\.word) == ["The", "soup", "was", "not", "good"])
        #expect(words.map(\.contribution) == [0, 0, 0, 0, 1.9 * -0.74])
        #expect(scores == Self.scorer.scores(of: "The soup was not good."))
    }

    /// The strongest words either way, at most `count`, words adding nothing left out:
    /// great 3.1, bad -2.5, good 1.9 (lexicon values, no rule applies).
    @Test func explanation() {
        let text = TextBytes(Array("The good, the bad and the great".utf8))
        let (scores, words) = Self.scorer.explanation(of: text, in: 0..<text.count, words: 2)
        #expect(words == [WordContribution(word: "great", contribution: 3.1), WordContribution(word: "bad", contribution: -2.5)])
        #expect(scores == Self.scorer.scores(of: "The good, the bad and the great"))
        #expect(Self.scorer.explanation(of: text, in: 0..<text.count, words: 5).words.count == 3)
    }

    /// Emoji are replaced by their descriptions before splitting; the words say so.
    @Test func emojiContributions() {
        let text = TextBytes(Array("Sad 😢".utf8))
        let words = Self.scorer.contributions(of: text, in: 0..<text.count).words.map(\.word)
        #expect(words == ["Sad", "crying", "face"])
    }

    /// Short ASCII words are read sixteen bytes at a time (``PlainWord``), the rest byte by
    /// byte: a 14-letter word with its full stop filling a window, title and upper case, one
    /// trailing mark (`!` counted), quotes and brackets on both sides, `?!`, a 16-letter word, two
    /// letters with a comma (kept whole, as vaderSentiment keeps `xx,`). Scores from
    /// vaderSentiment 3.3.2's `polarity_scores`.
    @Test func wordsReadByTheWindow() {
        let first = "Circumspection. A good day, GOOD! I said \"Sure\" (twice), then left?!"
        let (scores, words) = Self.scorer.contributions(of: TextBytes(Array(first.utf8)), in: 0..<first.utf8.count)
        #expect(words.map(\.word) == ["Circumspection", "A", "good", "day", "GOOD", "I", "said", "Sure", "twice", "then", "left"])
        #expect(scores == ToneScores(compound: 0.8561, positive: 0.541, neutral: 0.459, negative: 0))
        let second = "abcdefghijklmnop good ok. xx, Ok, kind of nice, so good"
        let secondWords = Self.scorer.contributions(of: TextBytes(Array(second.utf8)), in: 0..<second.utf8.count).words.map(\.word)
        #expect(secondWords == ["abcdefghijklmnop", "good", "ok.", "xx,", "Ok,", "kind", "of", "nice", "so", "good"])
        #expect(Self.scorer.scores(of: second) == ToneScores(compound: 0.8461, positive: 0.567, neutral: 0.433, negative: 0))
        // A range that ends inside a window reads as the text on its own.
        let buffer = TextBytes(Array("good day, GOOD\n\nsad sad sad sad sad sad".utf8))
        #expect(Self.scorer.scores(of: buffer, in: 0..<14) == Self.scorer.scores(of: "good day, GOOD"))
    }

    /// A range inside a larger buffer scores as the same text on its own.
    @Test func rangesOfABuffer() {
        let text = TextBytes(Array("I love it.\n\nI hate it!".utf8))
        #expect(Self.scorer.scores(of: text, in: 12..<text.count) == Self.scorer.scores(of: "I hate it!"))
        #expect(Self.scorer.scores(of: text, in: 0..<10) == Self.scorer.scores(of: "I love it."))
        #expect(Self.scorer.scores(of: text, in: 5..<5) == .zero)
    }

    /// A paragraph of 20,000 words, half of them sentiment words, with a "but" in the middle:
    /// every figure finite and within its range.
    @Test func longParagraph() {
        let text = TextBytes(Array(Array(repeating: "good day bad day", count: 2_500).joined(separator: " ").utf8)
            + Array(" but ".utf8) + Array(Array(repeating: "NOT so great !!", count: 2_500).joined(separator: " ").utf8))
        let scores = Self.scorer.scores(of: text, in: 0..<text.count)
        #expect(scores.compound.isFinite && abs(scores.compound) <= 1)
        #expect(abs(scores.positive + scores.neutral + scores.negative - 1) < 0.002)
    }
}
