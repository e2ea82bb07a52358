/// Turning raw bytes into the validated UTF-8 buffer a ``Document`` holds.
public enum TextDecoding {
    /// The bytes without a leading byte-order mark, after checking they are UTF-8.
    ///
    /// - Parameter lossy: replace each invalid sequence with U+FFFD instead of failing.
    /// - Throws: ``InvalidUTF8`` with the byte offset (in `bytes`) of the first bad sequence.
    /// - Complexity: O(n); bytes below 0x80 are checked 32 at a time.
    public static func utf8(_ bytes: [UInt8], lossy: Bool = false) throws(InvalidUTF8) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: bom) ? 3 : 0
        if let bad = bytes.withUnsafeBufferPointer({ firstInvalidOffset(in: $0, start..<$0.count) }) {
            guard lossy else { throw InvalidUTF8(offset: bad) }
            return Array(String(decoding: bytes[start...], as: UTF8.self).utf8)
        }
        return start == 0 ? bytes : Array(bytes[start...])
    }

    /// The encoding whose byte-order mark `bytes` starts with, when it is not UTF-8: `UTF-16 LE`,
    /// `UTF-16 BE`, `UTF-32 LE` or `UTF-32 BE` (its family, `UTF-16` or `UTF-32`, is what
    /// `iconv -f` takes); nil for any other start. Such text fails UTF-8 validation at byte 0,
    /// and saying what it is tells the user how to convert it.
    public static func byteOrderMarkEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 LE" }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 BE" }
        return nil
    }

    /// The offset of the first byte in `range` that does not begin a well-formed UTF-8 sequence
    /// ending within `range`.
    static func firstInvalidOffset(in whole: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let buffer = UnsafeBufferPointer(rebasing: whole[..<range.upperBound])
        guard let base = buffer.baseAddress.map(UnsafeRawPointer.init) else { return nil }
        var index = range.lowerBound
        let count = buffer.count
        while index < count {
            // ASCII fast path: 32 bytes at a time while no high bit is set (two 16-byte
            // vectors or'ed, then their halves), then eight at a time up to the first high bit.
            while index + 32 <= count {
                let vectors = base.loadUnaligned(fromByteOffset: index, as: SIMD4<UInt64>.self)
                let folded = vectors.lowHalf | vectors.highHalf
                if (folded[0] | folded[1]) & 0x8080_8080_8080_8080 != 0 { break }
                index += 32
            }
            while index + 8 <= count,
                  base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = buffer[index]
            if lead < 0x80 { index += 1; continue }
            guard let length = sequenceLength(buffer, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// Length of the well-formed sequence at `index` (RFC 3629: no overlongs, no surrogates,
    /// nothing above U+10FFFF), or nil.
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = buffer[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= buffer.count, secondRange.contains(buffer[index + 1]) else { return nil }
        for next in index + 2 ..< index + length where buffer[next] & 0xC0 != 0x80 { return nil }
        return length
    }
}

/// Bytes that are not UTF-8, at `offset` from the start of the input.
public struct InvalidUTF8: Error, Equatable, Sendable {
    public let offset: Int
}
