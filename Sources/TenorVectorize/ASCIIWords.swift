/// Sixteen bytes of UTF-8 classified at once, as one SIMD vector (SSE2 on x86-64, NEON on
/// ARM64): which are ASCII word characters (`[0-9A-Za-z_]`, Python's `\w` on ASCII), and the
/// bytes with A–Z lower-cased.
///
/// Each range test is one wrapping subtraction and one unsigned compare per vector. A byte of a
/// non-ASCII character (0x80 and up) falls outside every ASCII range and is reported in
/// ``runBits`` as it is: only decoding can tell whether its character is a word character.
struct ASCIIWords {
    typealias Bytes = SIMD16<UInt8>

    /// The sixteen bytes, A–Z lower-cased when asked (other bytes unchanged).
    let text: Bytes
    /// Bit `i` set when byte `i` (in memory order) is an ASCII word character or a byte of a
    /// non-ASCII character: the bytes a token may hold.
    let runBits: UInt16

    @inline(__always)
    init(_ bytes: Bytes, lowercase: Bool) {
        // Setting bit 5 folds 'A'…'Z' onto 'a'…'z' and moves no other byte into that range.
        let letters = (bytes | Self.all(0x20)) &- Self.all(0x61) .< Self.all(26)
        let digits = bytes &- Self.all(0x30) .< Self.all(10)
        let marks = letters .| digits .| (bytes .== Self.all(0x5F)) .| (bytes .>= Self.all(0x80))
        let upper = bytes &- Self.all(0x41) .< Self.all(26)
        text = lowercase ? bytes.replacing(with: bytes | Self.all(0x20), where: upper) : bytes
        // One bit per byte in bit 0 of each of the two 64-bit halves; a multiply gathers a
        // half's eight bits into its top byte (the eight partial products never collide).
        let halves = unsafeBitCast(Bytes.zero.replacing(with: Self.all(1), where: marks), to: SIMD2<UInt64>.self)
        let gathered = (halves &* SIMD2(repeating: 0x0102_0408_1020_4080)) &>> SIMD2(repeating: 56)
        runBits = UInt16(truncatingIfNeeded: gathered[0]) | UInt16(truncatingIfNeeded: gathered[1]) << 8
    }

    /// Whether any of the bytes is not ASCII.
    @inline(__always)
    static func holdsNonASCII(_ bytes: Bytes) -> Bool {
        any(bytes .>= all(0x80))
    }

    /// `byte` in every lane. The operators that take a scalar operand are not turned into
    /// vector instructions (each lane is computed on its own, ten times the instructions);
    /// with both operands vectors they are.
    @inline(__always)
    private static func all(_ byte: UInt8) -> Bytes { Bytes(repeating: byte) }

    /// The `count` (< 16) bytes at `bytes`, zero-padded, without reading past them.
    @inline(__always)
    static func partialLoad(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bytes {
        var loaded = Bytes.zero
        withUnsafeMutableBytes(of: &loaded) { $0.baseAddress!.copyMemory(from: bytes, byteCount: count) }
        return loaded
    }
}
