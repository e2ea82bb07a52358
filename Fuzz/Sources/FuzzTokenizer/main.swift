// The tokenizer: tokens in order inside their range, on character boundaries, covering every
// character but whitespace and invisible format characters, independent of the text around
// the range, and of the kinds they claim to be.
@testable import TenorText
import FuzzSupport

let tokenizer = Tokenizer()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = decodedText(bytes(data, size))
    var ranges = [0..<text.count] + ParagraphSplitting.lines.units(of: text)
    // A range that starts and ends inside the text (on character boundaries).
    let characters = scalars(of: text, in: 0..<text.count)
    if characters.count > 2 {
        ranges.append(characters[1].offset..<characters[characters.count - 1].offset)
    }
    for range in ranges { checkTokens(of: text, in: range) }
    return 0
}

func checkTokens(of text: [UInt8], in range: Range<Int>) {
    let tokens = tokenizer.tokens(in: text, range: range)
    checkOrderedRanges(tokens.map(\.range), inside: range, of: text, "tokens")
    check(tokens.first.map { $0.range.lowerBound >= range.lowerBound } ?? true, "a token starts before the range")

    var streamed: [Token] = []
    tokenizer.forEachToken(in: TextBytes(text), range: range) { streamed.append($0) }
    check(streamed == tokens, "forEachToken differs from tokens")

    // The same characters alone in a buffer of their own give the same tokens, shifted.
    let alone = Array(text[range])
    let shifted = tokenizer.tokens(in: alone, range: 0..<alone.count).map {
        Token(range: ($0.range.lowerBound + range.lowerBound)..<($0.range.upperBound + range.lowerBound), kind: $0.kind, shape: $0.shape)
    }
    check(shifted == tokens, "tokens depend on the text outside the range")

    var covered = range.lowerBound
    for token in tokens {
        checkSkipped(text, covered..<token.range.lowerBound)
        checkKind(of: token, in: text)
        let normalized = Array(tokenizer.normalizedForm(of: token, in: text).utf8)
        check(!normalized.isEmpty && !normalized.contains(where: { $0 >= 0x41 && $0 <= 0x5A }),
              "normal form '\(String(decoding: normalized, as: UTF8.self))' is empty or has capitals")
        covered = token.range.upperBound
    }
    checkSkipped(text, covered..<range.upperBound)
}

/// Numbers are digits with single `.` or `,` between them (and, as words do, underscores and
/// other connector punctuation such as U+FE4F, marks and format characters attached); words
/// hold a letter; non-words have no case.
func checkKind(of token: Token, in text: [UInt8]) {
    let characters = scalars(of: text, in: token.range).map(\.scalar)
    func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        [.decimalNumber, .letterNumber, .otherNumber].contains(scalar.properties.generalCategory)
    }
    switch token.kind {
    case .number:
        let attached: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark, .format, .connectorPunctuation]
        let significant = characters.filter { !attached.contains($0.properties.generalCategory) }
        check(significant.first.map(isDigit) == true && significant.last.map(isDigit) == true,
              "number token \(token.range) does not start and end with a digit")
        for (index, scalar) in significant.enumerated() where scalar == "." || scalar == "," {
            check(isDigit(significant[index - 1]) && isDigit(significant[index + 1]), "number token \(token.range) has a stray separator")
        }
    case .word:
        check(characters.contains { $0.properties.isAlphabetic || $0.properties.generalCategory == .otherLetter || $0.properties.generalCategory == .modifierLetter },
              "word token \(token.range) holds no letter")
    case .punctuation, .symbol:
        check(token.shape == .uncased, "a \(token.kind) token has a case shape")
    }
}

runFuzzer(fuzzTokenizer)
