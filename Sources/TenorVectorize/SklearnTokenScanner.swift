import TenorText

/// Finds scikit-learn's default tokens, `(?u)\b\w\w+\b`, in (optionally lower-cased) text.
///
/// `\b\w\w+\b` matches exactly the maximal runs of two or more word characters, where a word
/// character is what Python's `re` calls `\w`: `str.isalnum()` or `_`. Lower-casing follows
/// Python's `str.lower()` (full mappings, so `İ` becomes `i` + U+0307, which is not `\w`, and
/// a word-final `Σ` becomes `ς`), applied before matching as scikit-learn does.
///
/// Each token is handed to the caller as a view of an internal buffer that holds its
/// lower-cased UTF-8 bytes; no `String` is made per token.
struct SklearnTokenScanner: ~Copyable {
    private var buffer: UnsafeMutableBufferPointer<UInt8>
    let lowercase: Bool

    init(lowercase: Bool) {
        self.lowercase = lowercase
        buffer = .allocate(capacity: 256)
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with the bytes of each token of `text[range]`, in order.
    mutating func forEachToken(
        in text: UnsafeBufferPointer<UInt8>, range: Range<Int>,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        // Lower-casing grows a word character's UTF-8 by at most 1.5× (İ: 2 bytes → 3), so
        // twice the input bounds any token and the loops below need no capacity check per byte.
        reserve(2 * range.count + 8)
        let input = text.baseAddress!
        let output = buffer.baseAddress!
        // The hot state lives in locals (registers), not in `self`.
        var length = 0
        var scalars = 0
        func flush() {
            if scalars >= 2 { body(UnsafeBufferPointer(start: output, count: length)) }
            length = 0
            scalars = 0
        }
        func consume(_ scalar: Unicode.Scalar) {
            guard Self.isWordCharacter(scalar) else { return flush() }
            for byte in UTF8.encode(scalar)! {
                output[length] = byte
                length += 1
            }
            scalars += 1
        }
        let asciiTable = lowercase ? Self.asciiLowercaseWords : Self.asciiWords
        asciiTable.withUnsafeBufferPointer { ascii in
            var index = range.lowerBound
            let end = range.upperBound
            while index < end {
                let byte = input[index]
                if byte < 0x80 {
                    let mapped = ascii[Int(byte)]
                    if mapped != 0 {
                        output[length] = mapped
                        length += 1
                        scalars += 1
                    } else if length > 0 {
                        flush()
                    }
                    index += 1
                    continue
                }
                let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: end)!
                if lowercase && scalar.properties.changesWhenLowercased {
                    for lowered in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: range) {
                        consume(lowered)
                    }
                } else {
                    consume(scalar)
                }
                index += width
            }
        }
        flush()
    }

    /// ASCII byte → itself when it is a word character (`[0-9A-Za-z_]`), else 0 (never a word
    /// character); and the same with A–Z lower-cased.
    private static let asciiWords: [UInt8] = (0..<128).map { isASCIIWordByte(UInt8($0)) ? UInt8($0) : 0 }
    private static let asciiLowercaseWords: [UInt8] = (0..<128).map { byte in
        guard isASCIIWordByte(UInt8(byte)) else { return 0 }
        return (65...90).contains(byte) ? UInt8(byte + 32) : UInt8(byte)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
    }

    private mutating func reserve(_ capacity: Int) {
        guard capacity > buffer.count else { return }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        buffer.deallocate()
        buffer = grown
    }

    /// Python's `\w`: letters (L*), characters with a numeric value, and `_`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }
}
