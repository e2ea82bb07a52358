/// Eight bytes of UTF-8 classified at once (SWAR: SIMD within a 64-bit register): which are
/// ASCII word characters (`[0-9A-Za-z_]`, Python's `\w` on ASCII), and the bytes with A–Z
/// lower-cased.
///
/// Each test works on every byte's high bit at once. For a byte `b < 0x80`, `b + (0x80 - lo)`
/// has its high bit set exactly when `b >= lo`, and never carries into the next byte; two such
/// sums bound a range. The tests therefore run on the bytes with their high bits cleared, and a
/// byte of a non-ASCII character (high bit set) is reported in ``runBits`` as it is: only
/// decoding can tell whether its character is a word character.
struct ASCIIWords {
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes, A–Z lower-cased when asked (other bytes unchanged).
    let text: UInt64
    /// Bit `i` set when byte `i` (in memory order) is an ASCII word character or a byte of a
    /// non-ASCII character: the bytes a token may hold.
    let runBits: UInt8

    @inline(__always)
    init(_ word: UInt64, lowercase: Bool) {
        let nonASCII = word & Self.highBits
        let ascii = word & Self.lowBits
        let letters = Self.inRange(ascii | (0x20 &* Self.ones), 0x61, 0x7A) & ~nonASCII   // 'A'…'Z' fold onto 'a'…'z'
        let digits = Self.inRange(ascii, 0x30, 0x39) & ~nonASCII
        // A byte equals '_' when it is zero after the xor: its low seven bits plus 0x7F do not
        // reach the high bit, and its own high bit is clear.
        let underscore = word ^ (0x5F &* Self.ones)
        let underscores = ~(((underscore & Self.lowBits) &+ Self.lowBits) | underscore) & Self.highBits
        // An upper-case letter has bit 5 clear; shifted left twice, bit 5 lands on the high bit.
        let upper = letters & ~(ascii << 2)
        text = lowercase ? word | upper >> 2 : word
        let marks = (letters | digits | underscores | nonASCII) >> 7
        // Gathers bit 0 of each byte into the top byte (the eight partial products never collide).
        runBits = UInt8(truncatingIfNeeded: (marks &* 0x0102_0408_1020_4080) >> 56)
    }

    /// High bit of each byte set when that byte lies in `low...high` (bytes below 0x80).
    @inline(__always)
    private static func inRange(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let atLeastLow = word &+ ((0x80 - low) &* ones)
        let aboveHigh = word &+ ((0x7F - high) &* ones)
        return atLeastLow & ~aboveHigh & highBits
    }

    /// The `count` (< 8) bytes at `bytes`, zero-padded, without reading past them.
    @inline(__always)
    static func partialLoad(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(bytes[index]) << UInt64(8 * index) }
        return word
    }
}
