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

    /// `range` shrunk past whitespace at both ends. An ASCII byte is judged as it is (nearly
    /// every paragraph starts and ends with one that is no space), and only a non-ASCII end is
    /// decoded: decoding both ends of each of a corpus's paragraphs was a quarter of reading it.
    static func trimmed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let byte = text[lower]
            if byte < 0x80 {
                guard isASCIIWhitespace(byte) else { break }
                lower += 1
            } else {
                guard let (scalar, length) = UTF8Scanner.scalar(in: text, at: lower, limit: upper), contains(scalar) else { break }
                lower += length
            }
        }
        while upper > lower {
            let byte = text[upper - 1]
            if byte < 0x80 {
                guard isASCIIWhitespace(byte) else { break }
                upper -= 1
            } else {
                guard let (scalar, length) = UTF8Scanner.scalar(in: text, endingAt: upper, limit: lower), contains(scalar) else { break }
                upper -= length
            }
        }
        return lower..<upper
    }

    /// ``contains(_:)`` for an ASCII byte: tab to carriage return, the four separators, space.
    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte &- 0x09 <= 0x0D - 0x09 || byte &- 0x1C <= 0x20 - 0x1C
    }
}
