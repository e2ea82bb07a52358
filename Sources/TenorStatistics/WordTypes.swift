import TenorText

/// The sequence of word types in a text, for lexical diversity: each word token's normalized
/// form (lower-cased, curly apostrophes straightened) reduced to a 64-bit hash, so that no
/// `String` is made per word. Numbers are not words here. Two different words colliding in 64
/// bits is too unlikely to matter for a ratio of counts.
public enum WordTypes {
    public static func sequence(_ range: Range<Int>, in text: TextBytes) -> [UInt64] {
        text.withUnsafeBufferPointer { bytes in sequence(range, in: text, bytes) }
    }

    /// `text`, whose bytes are `bytes`: the tokenizer takes the one, normalising the other.
    private static func sequence(_ range: Range<Int>, in text: TextBytes, _ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        let tokenizer = Tokenizer()
        var types: [UInt64] = []
        var form: [UInt8] = []
        tokenizer.forEachToken(in: text, range: range) { token in
            guard token.kind == .word else { return }
            form.removeAll(keepingCapacity: true)
            tokenizer.appendNormalizedForm(of: token, in: bytes, to: &form)
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in form { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            types.append(hash)
        }
        return types
    }
}
