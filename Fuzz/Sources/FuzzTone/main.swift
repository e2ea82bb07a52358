// Tone scoring with both engines, and VADER's word splitter: every score finite, compound in
// -1…1, the shares in 0…1 summing to 1 (to their rounding) or all 0; each whitespace-separated
// piece of the text one word, inside that piece, with a known vocabulary entry.
@testable import TenorTone
@testable import TenorText
import FuzzSupport

let scorers = ToneEngine.allCases.map { ToneScorer(engine: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTone(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = decodedText(bytes(data, size))
    let document = TextBytes(text)
    let ranges = [0..<text.count] + ParagraphSplitting.paragraphs.units(of: text)
    for scorer in scorers {
        for range in ranges {
            let (scores, words) = scorer.contributions(of: document, in: range)
            checkScores(scores, "\(scorer.rules == .vader ? "vader" : "tenor") on \(range)")
            check(scorer.scores(of: document, in: range) == scores, "scores differ from contributions' scores")
            for word in words { check(word.contribution.isFinite, "word '\(word.word)' contributes \(word.contribution)") }
            let explained = scorer.explanation(of: document, in: range, words: 3)
            check(explained.scores == scores && explained.words.count <= 3, "explanation differs")
            checkWords(of: text, in: range, scorer: scorer)
        }
    }
    return 0
}

func checkScores(_ scores: ToneScores, _ what: String) {
    let shares = [scores.positive, scores.neutral, scores.negative]
    check(scores.compound.isFinite && (-1...1).contains(scores.compound), "\(what): compound \(scores.compound)")
    check(shares.allSatisfy { $0.isFinite && (0...1).contains($0) }, "\(what): shares \(shares)")
    let sum = shares.reduce(0, +)
    // Each share is rounded to 3 decimals, so their sum is 1 within 1.5e-3.
    check(sum == 0 || abs(sum - 1) <= 0.0015 + 1e-12, "\(what): shares \(shares) sum to \(sum)")
    check(sum != 0 || scores.compound == 0, "\(what): compound \(scores.compound) without shares")
}

/// One word per piece of text between Python's whitespace, inside its piece; as many `!` and
/// `?` as the text holds; the same words whether or not the splitter stops at emoji.
func checkWords(of text: [UInt8], in range: Range<Int>, scorer: ToneScorer) {
    let splitter = WordSplitter(vocabulary: scorer.vocabulary, rules: scorer.rules)
    guard let split = text.withUnsafeBufferPointer({ splitter.words(in: $0, range: range, stoppingAtEmoji: false) }) else {
        check(false, "the splitter stopped though told not to")
        return
    }
    if let stopped = text.withUnsafeBufferPointer({ splitter.words(in: $0, range: range, stoppingAtEmoji: true) }) {
        check(stopped.words.map(\.range) == split.words.map(\.range), "words differ when stopping at emoji")
    }
    var pieces: [Range<Int>] = []
    var start: Int?
    for (offset, scalar, _) in scalars(of: text, in: range) {
        if isPythonSpace(scalar) {
            if let start { pieces.append(start..<offset) }
            start = nil
        } else if start == nil {
            start = offset
        }
    }
    if let start { pieces.append(start..<range.upperBound) }
    check(split.words.count == pieces.count, "\(split.words.count) words in \(pieces.count) pieces")
    for (word, piece) in zip(split.words, pieces) {
        check(!word.range.isEmpty && word.range.lowerBound >= piece.lowerBound && word.range.upperBound <= piece.upperBound,
              "word \(word.range) outside its piece \(piece)")
        check(Int(word.entry) >= 0 && Int(word.entry) < scorer.vocabulary.entries.count, "entry \(word.entry) outside the vocabulary")
    }
    let marks = text[range]
    check(split.exclamationMarks == marks.filter { $0 == 0x21 }.count, "\(split.exclamationMarks) exclamation marks counted")
    check(split.questionMarks == marks.filter { $0 == 0x3F }.count, "\(split.questionMarks) question marks counted")
}

runFuzzer(fuzzTone)
