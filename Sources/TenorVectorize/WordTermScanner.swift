import TenorText
import TenorSupport

/// The terms of ``TokenPattern/words``: the normalised form of each word token, with a
/// possessive `'s` dropped. Numbers, punctuation and symbols are left out, and so are single
/// letters of cased scripts (the `p` and `m` of `p.m.`, Russian `я`), as scikit-learn leaves
/// them out; a single Han ideograph is a word and stays.
struct WordTermScanner {
    private let tokenizer = Tokenizer()
    private var buffer: [UInt8] = []

    /// Replaces the contents of `terms` with the terms of `text[range]`, in order.
    mutating func scan(_ text: TextBytes, range: Range<Int>, into terms: inout ScannedTerms) {
        text.withUnsafeBufferPointer { bytes in scan(text, bytes, range: range, into: &terms) }
    }

    /// `text`, whose bytes are `bytes`, scanned: the tokenizer takes the one, the rest the other.
    private mutating func scan(_ text: TextBytes, _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) {
        // Lower-casing grows a character's UTF-8 by at most 1.5× (İ: 2 bytes → 3).
        terms.reset(byteCount: 2 * range.count + 8, termCount: range.count)
        tokenizer.forEachToken(in: text, range: range) { token in
            guard token.kind == .word, !Self.isSingleCasedLetter(token, in: bytes) else { return }
            buffer.removeAll(keepingCapacity: true)
            tokenizer.appendNormalizedForm(of: token, in: bytes, to: &buffer)
            if buffer.count > 2, buffer[buffer.count - 2] == UInt8(ascii: "'"), buffer.last == UInt8(ascii: "s") {
                buffer.removeLast(2)
            }
            for byte in buffer { terms.addByte(byte) }
            terms.finishTerm(keep: true)
        }
    }

    private static func isSingleCasedLetter(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (scalar, width) = UTF8Scanner.scalar(in: text, at: token.range.lowerBound, limit: token.range.upperBound),
              width == token.range.count else { return false }
        return scalar.properties.isCased
    }
}
