// The sentence splitter: sentences in order inside their paragraph, trimmed, never cutting a
// token, together covering every token, and the same whether the tokens are handed in or not.
@testable import TenorText
import FuzzSupport

let splitter = SentenceSplitter()
let tokenizer = Tokenizer()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = decodedText(bytes(data, size))
    let document = TextBytes(text)
    for range in ParagraphSplitting.paragraphs.units(of: text) + [0..<text.count] {
        let tokens = tokenizer.tokens(in: document, range: range)
        let sentences = splitter.sentences(in: document, range: range)
        check(sentences == splitter.sentences(in: document, range: range, tokens: tokens), "sentences differ when given the tokens")
        checkOrderedRanges(sentences, inside: range, of: text, "sentences")
        check(tokens.isEmpty == sentences.isEmpty, "\(tokens.count) tokens but \(sentences.count) sentences")
        for sentence in sentences {
            check(text.withUnsafeBufferPointer { Tokenizer.whitespaceLength($0, at: sentence.lowerBound, end: sentence.upperBound) } == 0,
                  "sentence \(sentence) starts with whitespace")
        }
        // Every token lies inside one sentence, and every sentence holds a token, with nothing
        // but characters the tokenizer skips before its first and after its last.
        var next = 0
        for sentence in sentences {
            check(next < tokens.count && tokens[next].range.lowerBound < sentence.upperBound,
                  "sentence \(sentence) holds no token")
            checkSkipped(text, sentence.lowerBound..<tokens[next].range.lowerBound)
            while next < tokens.count && tokens[next].range.upperBound <= sentence.upperBound { next += 1 }
            check(next > 0 && tokens[next - 1].range.lowerBound >= sentence.lowerBound, "sentence \(sentence) holds no whole token")
            checkSkipped(text, tokens[next - 1].range.upperBound..<sentence.upperBound)
            check(next == tokens.count || tokens[next].range.lowerBound >= sentence.upperBound, "sentence \(sentence) cuts a token")
        }
        check(next == tokens.count, "tokens after the last sentence")
    }
    return 0
}

runFuzzer(fuzzSentences)
