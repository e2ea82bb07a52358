import TenorText

/// The terms of ``TokenPattern/words``: the normalised form of each word token of two or more
/// characters (numbers, punctuation, symbols and single letters such as the `p` and `m` of
/// `p.m.` left out, as scikit-learn leaves them out), with a possessive `'s` dropped.
struct WordTermScanner {
    private let tokenizer = Tokenizer()
    private var buffer: [UInt8] = []

    /// Calls `body` with the bytes of each term of `text[range]`, in order.
    mutating func forEachTerm(in text: [UInt8], range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        tokenizer.forEachToken(in: text, range: range) { token in
            guard token.kind == .word, token.range.count > 1 else { return }
            buffer.removeAll(keepingCapacity: true)
            tokenizer.appendNormalizedForm(of: token, in: text, to: &buffer)
            if buffer.count > 2, buffer[buffer.count - 2] == UInt8(ascii: "'"), buffer.last == UInt8(ascii: "s") {
                buffer.removeLast(2)
            }
            guard buffer.count > 1 else { return }
            buffer.withUnsafeBufferPointer(body)
        }
    }
}
