import TenorText
@testable import TenorSupport

/// Whether `offset` is the start of a scalar (or the end) of UTF-8 `text`.
public func isScalarBoundary(_ offset: Int, in text: [UInt8]) -> Bool {
    offset == text.count || (offset < text.count && text[offset] & 0xC0 != 0x80)
}

/// Checks that `ranges` lie inside `range`, are non-empty, in order, do not overlap and start
/// and end on scalar boundaries.
public func checkOrderedRanges(_ ranges: [Range<Int>], inside range: Range<Int>, of text: [UInt8], _ what: String) {
    var previousEnd = range.lowerBound
    for piece in ranges {
        check(!piece.isEmpty, "\(what): empty range \(piece)")
        check(piece.lowerBound >= previousEnd, "\(what): \(piece) overlaps or precedes the one before (ends \(previousEnd))")
        check(piece.upperBound <= range.upperBound, "\(what): \(piece) ends outside \(range)")
        check(isScalarBoundary(piece.lowerBound, in: text) && isScalarBoundary(piece.upperBound, in: text),
              "\(what): \(piece) cuts a character")
        previousEnd = piece.upperBound
    }
}

/// The scalars of UTF-8 `text[range]` with their offsets.
public func scalars(of text: [UInt8], in range: Range<Int>) -> [(offset: Int, scalar: Unicode.Scalar, width: Int)] {
    var result: [(Int, Unicode.Scalar, Int)] = []
    var offset = range.lowerBound
    while offset < range.upperBound {
        guard let (scalar, width) = UTF8Scanner.scalar(in: text, at: offset, limit: range.upperBound) else {
            fatalError("invariant failed: not UTF-8 at \(offset)")
        }
        result.append((offset, scalar, width))
        offset += width
    }
    return result
}

/// The text a fuzz input stands for: the input when it is UTF-8, else its lossy decoding (as
/// Tenor's readers make it), so every target also sees what invalid input becomes.
public func decodedText(_ input: [UInt8]) -> [UInt8] {
    (try? TextDecoding.utf8(input)) ?? (try! TextDecoding.utf8(input, lossy: true))
}

/// Only whitespace, controls and invisible format characters are left between tokens.
public func checkSkipped(_ text: [UInt8], _ gap: Range<Int>) {
    for (offset, scalar, _) in scalars(of: text, in: gap) {
        let skippable: Bool
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: skippable = true
        default: skippable = scalar.value <= 0x20 || scalar.value == 0x7F
        }
        check(skippable, "U+\(String(scalar.value, radix: 16)) at \(offset) is in no token")
    }
}

/// Python 3's `str.isspace()`: bidirectional class WS, B or S, or category Zs (written out from
/// the Unicode data, independently of the code under test).
public func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true
    default:
        return false
    }
}
