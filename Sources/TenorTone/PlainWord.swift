import TenorSupport

/// The commonest token of prose, read without a loop over its bytes: an ASCII word of lower-case
/// letters, or one upper-case letter and lower-case ones (`the`, `Council`, `I`), shorter than
/// sixteen bytes, ending the token or followed by one punctuation mark that does (`cold,`
/// `said.` `end?`; then the word has three letters or more, since a shorter one may be an
/// emoticon). ``WordSplitter`` reads every other token byte by byte.
///
/// The sixteen bytes are tested eight at a time in two 64-bit words (``LowerCaseLetters``).
struct PlainWord {
    /// The word's bytes, lower-cased, zero-padded: the first eight and the next eight.
    let lowered: (low: UInt64, high: UInt64)
    /// The word's length in bytes.
    let length: Int
    /// The token's length: the word's, or one more with its punctuation mark.
    let tokenLength: Int
    /// The first letter is upper case.
    let startsUpper: Bool

    /// The first eight bytes of the lower-cased word, zero-padded (a ``TermTable`` key's prefix).
    @inline(__always)
    var prefix: UInt64 { lowered.low }

    /// Python's `str.isupper()`: one upper-case letter alone (`I`, `A`).
    @inline(__always)
    var isUpper: Bool { startsUpper && length == 1 }
    /// Title case: an upper-case letter and lower-case ones after it.
    @inline(__always)
    var isTitle: Bool { startsUpper && length > 1 }

    /// The token at `start`, of which at most `limit` bytes belong to the text read, if it is a
    /// plain word; sixteen bytes at `start` must be readable, and `classes` is ``ByteClass/table``.
    @inline(__always)
    init?(at start: UnsafePointer<UInt8>, limit: Int, classes: UnsafeBufferPointer<ByteClass>) {
        let raw = UnsafeRawPointer(start)
        var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // An upper-case first letter is lower-cased by setting its bit 5.
        let startsUpper = UInt8(truncatingIfNeeded: low) &- 0x41 < 26
        if startsUpper { low |= 0x20 }
        var length = LowerCaseLetters.leading(in: low)
        if length == 8 { length += LowerCaseLetters.leading(in: high) }
        guard length > 0, length < 16 else { return nil }
        var tokenLength = length
        if length >= limit {
            // The text read ends inside the run.
            length = limit
            tokenLength = limit
        } else if !classes[Int(start[length])].contains(.space) {
            // One punctuation mark may follow a word of three letters or more, if the token ends after it.
            guard length > 2, length + 1 < 16, classes[Int(start[length])].contains(.punctuation),
                  length + 1 == limit || classes[Int(start[length + 1])].contains(.space) else { return nil }
            tokenLength = length + 1
        }
        // Keep the word's bytes only.
        let bits = UInt64(8 * length)
        lowered = bits >= 64 ? (low, high & ((1 << (bits - 64)) &- 1)) : (low & ((1 << bits) &- 1), 0)
        self.length = length
        self.tokenLength = tokenLength
        self.startsUpper = startsUpper
    }
}
