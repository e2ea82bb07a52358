/// Decoding single scalars out of an already validated UTF-8 buffer, forwards and backwards,
/// without building a `String`.
///
/// `@usableFromInline` as well as `package`: without it, Swift 6.3 neither inlines nor
/// specializes the `@inlinable` members in the other modules, which then call the generic
/// versions, two heap allocations per non-ASCII character.
@usableFromInline
package enum UTF8Scanner {
    /// The scalar that starts at `offset` and its length in bytes; nil at `limit`.
    @inlinable @inline(__always)
    package static func scalar<Bytes: RandomAccessCollection<UInt8>>(
        in text: Bytes, at offset: Int, limit: Int
    ) -> (Unicode.Scalar, Int)? where Bytes.Index == Int {
        guard offset < limit else { return nil }
        let lead = text[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        // A sequence cut off by `limit` reads as U+FFFD over the remaining bytes, so a range
        // that splits a character never reads past its end.
        guard offset + length <= limit else { return ("\u{FFFD}", limit - offset) }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for index in offset + 1 ..< offset + length {
            value = value << 6 | UInt32(text[index] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `end` and its length in bytes; nil at `limit`.
    @inlinable @inline(__always)
    package static func scalar<Bytes: RandomAccessCollection<UInt8>>(
        in text: Bytes, endingAt end: Int, limit: Int
    ) -> (Unicode.Scalar, Int)? where Bytes.Index == Int {
        guard end > limit else { return nil }
        var start = end - 1
        // Continuation bytes are 10xxxxxx; walk back to the lead byte.
        while start > limit, text[start] & 0xC0 == 0x80 { start -= 1 }
        guard let (scalar, _) = scalar(in: text, at: start, limit: end) else { return nil }
        return (scalar, end - start)
    }
}
