import TenorText

/// The terms of ``TokenPattern/words``: the normalised form of each word token, with a
/// possessive `'s` dropped. Numbers, punctuation and symbols are left out, and so are single
/// letters of cased scripts (the `p` and `m` of `p.m.`, Russian `я`), as scikit-learn leaves
/// them out; a single Han ideograph is a word and stays.
struct WordTermScanner {
    private let tokenizer = Tokenizer()
    private var buffer: [UInt8] = []

    /// Calls `body` with the bytes of each term of `text[range]`, in order.
    mutating func forEachTerm(in text: [UInt8], range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        tokenizer.forEachToken(in: text, range: range) { token in
            guard token.kind == .word, !Self.isSingleCasedLetter(token, in: text) else { return }
            buffer.removeAll(keepingCapacity: true)
            tokenizer.appendNormalizedForm(of: token, in: text, to: &buffer)
            if buffer.count > 2, buffer[buffer.count - 2] == UInt8(ascii: "'"), buffer.last == UInt8(ascii: "s") {
                buffer.removeLast(2)
            }
            buffer.withUnsafeBufferPointer(body)
        }
    }

    private static func isSingleCasedLetter(_ token: Token, in text: [UInt8]) -> Bool {
        guard let (scalar, width) = UTF8Scanner.scalar(in: text, at: token.range.lowerBound, limit: token.range.upperBound),
              width == token.range.count else { return false }
        return scalar.properties.isCased
    }
}
