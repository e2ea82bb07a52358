/// What each byte can be, looked up in one table while splitting words.
struct ByteClass: OptionSet {
    let rawValue: UInt8

    /// ASCII whitespace as Python's `str.split()` reads it (`\t\n\v\f\r`, `\x1c`…`\x1f`, space).
    static let space = ByteClass(rawValue: 1)
    /// Python's `string.punctuation`.
    static let punctuation = ByteClass(rawValue: 2)
    static let upper = ByteClass(rawValue: 4)
    static let lower = ByteClass(rawValue: 8)
    /// Any byte of a non-ASCII character.
    static let nonASCII = ByteClass(rawValue: 16)
    /// A lead byte that may start non-ASCII whitespace (U+0085, U+00A0, U+1680, U+2000…U+205F,
    /// U+3000).
    static let spaceLead = ByteClass(rawValue: 32)
    /// `!` or `?`, which emphasise a text.
    static let mark = ByteClass(rawValue: 64)

    /// Bytes that need more than a letter's handling while splitting.
    static let special: ByteClass = [.space, .punctuation, .nonASCII, .spaceLead, .mark]

    /// The class of every byte value.
    static let table: [ByteClass] = (0...255).map { (value: Int) -> ByteClass in
        switch value {
        case 0x09...0x0D, 0x1C...0x20: return .space
        case 0x21, 0x3F: return [.punctuation, .mark]
        case 0x22...0x2F, 0x3A...0x3E, 0x40, 0x5B...0x60, 0x7B...0x7E: return .punctuation
        case 0x41...0x5A: return .upper
        case 0x61...0x7A: return .lower
        case 0xC2, 0xE1, 0xE2, 0xE3: return [.nonASCII, .spaceLead]
        case 0x80...0xFF: return .nonASCII
        default: return []
        }
    }
}
