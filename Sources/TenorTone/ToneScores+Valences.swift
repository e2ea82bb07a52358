#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ToneScores {
    /// vaderSentiment's `score_valence`: the sum of the word valences, pushed away from zero by
    /// the text's `!` and `?`, normalised with alpha = 15; the positive, neutral and negative
    /// shares; compound rounded to 4 decimals and the shares to 3, as Python's `round` does.
    /// `sentences`, when given, are the sums and word counts of the text's sentences, added up
    /// instead of the valences one by one (the order decides whether a balanced text's sum is
    /// exactly 0). `lengthCap` says how the length weighs (``LengthCap``; the shares never
    /// change).
    init(valences: [Double], sentences: [(sum: Double, words: Int)]? = nil, exclamationMarks: Int, questionMarks: Int,
         lengthCap: LengthCap = .none) {
        guard !valences.isEmpty else {
            self = .zero
            return
        }
        let emphasis = Self.emphasis(exclamationMarks: exclamationMarks, questionMarks: questionMarks)
        // One pass, each sum in the words' order: the plain sum and, each word weighing one
        // more than its valence so that neutral words (1 each) compare, the shares' sums.
        // Selects, not branches: signs come in no order a predictor can learn. Adding 0 leaves
        // a sum as it is.
        var wordSum = 0.0
        var positiveSum = 0.0
        var negativeSum = 0.0
        var neutralCount = 0
        for valence in valences {
            wordSum += valence
            positiveSum += valence > 0 ? valence + 1 : 0
            negativeSum += valence < 0 ? valence - 1 : 0
            neutralCount += valence == 0 ? 1 : 0
        }
        var sum = 0.0
        if lengthCap == .perSentence, let sentences {
            var toned = 0
            for sentence in sentences {
                sum += sentence.sum * Self.lengthFactor(words: sentence.words)
                if sentence.sum != 0 { toned += 1 }
            }
            sum /= Double(max(1, toned)).squareRoot()
        } else if let sentences {
            for sentence in sentences { sum += sentence.sum }
        } else {
            sum = wordSum
        }
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        if lengthCap == .overTheText || (lengthCap == .perSentence && sentences == nil) {
            sum *= Self.lengthFactor(words: valences.count)
        }
        let compound = min(1, max(-1, sum / (sum * sum + 15).squareRoot()))
        if positiveSum > abs(negativeSum) {
            positiveSum += emphasis
        } else if positiveSum < abs(negativeSum) {
            negativeSum -= emphasis
        }
        let total = positiveSum + abs(negativeSum) + Double(neutralCount)
        self.init(compound: Self.rounded(compound, places: 4),
                  positive: Self.rounded(abs(positiveSum / total), places: 3),
                  neutral: Self.rounded(abs(Double(neutralCount) / total), places: 3),
                  negative: Self.rounded(abs(negativeSum / total), places: 3))
    }

    /// The most words whose valences the length cap sums as they are (W0, chosen on the even
    /// half of the human-rated sets; 4 to 7 agree within 0.001).
    static let uncappedWords = 5

    /// min(1, √(W0 / W)): what the length cap multiplies the sum of W words' valences by.
    static func lengthFactor(words: Int) -> Double {
        words > uncappedWords ? (Double(uncappedWords) / Double(words)).squareRoot() : 1
    }

    /// How the compound weighs a text's length.
    enum LengthCap {
        /// The plain sum (VADER): a long text saturates near ±1.
        case none
        /// The text's sum times ``lengthFactor(words:)`` of all its words (the first tenor engine).
        case overTheText
        /// Each sentence's sum times the factor of its own words, their sum divided by √S for
        /// the S sentences that carry tone, `!`/`?` emphasis added to that: a paragraph reads as
        /// its sentences read, consistent tone growing with √S (the tenor engine).
        case perSentence
    }

    /// The emphasis of `!` (0.292 each, up to 4) and `?` (0.18 each for 2 or 3, 0.96 for more).
    static func emphasis(exclamationMarks: Int, questionMarks: Int) -> Double {
        let exclamation = Double(min(exclamationMarks, 4)) * 0.292
        let question = questionMarks <= 1 ? 0 : questionMarks <= 3 ? Double(questionMarks) * 0.18 : 0.96
        return exclamation + question
    }

    /// Python's `round(value, places)`: the double nearest to the decimal with `places` digits
    /// that is nearest to `value`'s exact binary value, ties to even.
    static func rounded(_ value: Double, places: Int) -> Double {
        let scale = places == 3 ? 1e3 : places == 4 ? 1e4 : pow(10, Double(places))
        let scaled = value * scale
        let fraction = abs(scaled - scaled.rounded(.down))
        // Away from a tie, the product's rounding error (half an ulp) cannot change the result.
        if abs(fraction - 0.5) > 1e-6 { return scaled.rounded() / scale }
        // Near a tie the exact binary value decides: glibc's printf rounds it exactly.
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([places, value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        return Double(buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })!
    }
}
