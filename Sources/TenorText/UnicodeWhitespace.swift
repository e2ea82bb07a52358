import TenorSupport
/// The characters Python's `str.isspace()` accepts, so that trimming a paragraph here gives
/// exactly the text `str.strip()` gives in the reference tools.
package enum UnicodeWhitespace {
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `range` shrunk past whitespace at both ends.
    static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, let (scalar, length) = UTF8Scanner.scalar(in: text, at: lower, limit: upper),
              contains(scalar) {
            lower += length
        }
        while upper > lower, let (scalar, length) = UTF8Scanner.scalar(in: text, endingAt: upper, limit: lower),
              contains(scalar) {
            upper -= length
        }
        return lower..<upper
    }
}
