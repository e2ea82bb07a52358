/// ASCII lower-case letters eight bytes at a time (SWAR), for the scanners' commonest run: the
/// letters of a word after its first.
///
/// A byte is a lower-case letter when it is ASCII and adding 0x1F sets its top bit (≥ 0x61) but
/// adding 0x05 does not (≤ 0x7A); no sum carries into the next byte, as each byte is below 0x80
/// first.
///
/// `@usableFromInline` as well as `package`, as ``UTF8Scanner`` is: without it Swift 6.3 does
/// not inline these members in the other modules, and each word pays a call.
@usableFromInline
package enum LowerCaseLetters {
    /// How many bytes of `word` (eight bytes, little-endian) from its first are lower-case ASCII
    /// letters (8: all).
    @inlinable @inline(__always)
    package static func leading(in word: UInt64) -> Int {
        let top: UInt64 = 0x8080_8080_8080_8080
        let ascii = word & ~top
        let lower = (ascii &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(ascii &+ 0x0505_0505_0505_0505) & ~word & top
        return (~lower & top).trailingZeroBitCount >> 3
    }

    /// Where the run of lower-case ASCII letters of `bytes` from `start` ends, reading no byte at
    /// or past `end`.
    @inlinable @inline(__always)
    package static func runEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let count = leading(in: UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)))
            index += count
            if count < 8 { return index }
        }
        while index < end, bytes[index] &- 0x61 < 26 { index += 1 }
        return index
    }
}
