import TenorText

/// Finds scikit-learn's default tokens, `(?u)\b\w\w+\b`, in (optionally lower-cased) text.
///
/// `\b\w\w+\b` matches exactly the maximal runs of two or more word characters, where a word
/// character is what Python's `re` calls `\w`: `str.isalnum()` or `_`. Lower-casing follows
/// Python's `str.lower()` (full mappings, so `İ` becomes `i` + U+0307, which is not `\w`, and
/// a word-final `Σ` becomes `ς`), applied before matching as scikit-learn does.
///
/// Tokens land in a ``ScannedTerms`` as their lower-cased UTF-8 bytes; no `String` is made per
/// token. Paragraphs of pure ASCII (nearly all of them in English text) take a fast path that
/// classifies and lower-cases eight bytes per step (see ``ASCIIWords``); the rest go scalar by
/// scalar.
struct SklearnTokenScanner {
    let lowercase: Bool
    /// One bit per byte of the paragraph: set for a word character (ASCII path).
    private var wordBits: [UInt64] = []
    /// The token being built (Unicode path).
    private var token: [UInt8] = []

    init(lowercase: Bool) {
        self.lowercase = lowercase
    }

    /// Replaces the contents of `terms` with the tokens of `text[range]`, in order.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) {
        // Tokens are two or more bytes with a byte between them, so a third of the bytes bounds
        // their number; lower-casing grows a word character's UTF-8 by at most 1.5× (İ: 2 bytes
        // → 3), so twice the input bounds their bytes.
        terms.reset(byteCount: 2 * range.count + 8, termCount: range.count / 3 + 1)
        if !scanASCII(text, range: range, into: &terms) {
            terms.reset(byteCount: 2 * range.count + 8, termCount: range.count / 3 + 1)
            scanUnicode(text, range: range, into: &terms)
        }
    }

    /// The fast path: lower-cases the paragraph eight bytes at a time into `terms`' buffer (at
    /// the same offsets, since ASCII lower-casing keeps lengths), marks word bytes in
    /// ``wordBits``, then reads the runs of two or more off the bits. Returns false, having
    /// found nothing, when the paragraph holds a non-ASCII byte.
    private mutating func scanASCII(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) -> Bool {
        let length = range.count
        let bitWords = (length + 63) / 64
        if wordBits.count < bitWords { wordBits = Array(repeating: 0, count: max(bitWords, 2 * wordBits.count)) }
        let input = text.baseAddress! + range.lowerBound
        let output = UnsafeMutableRawPointer(terms.bytes.baseAddress!)
        let lowercase = lowercase
        let isASCII = wordBits.withUnsafeMutableBufferPointer { bits in
            var seen: UInt64 = 0
            var bitWord: UInt64 = 0
            var offset = 0
            while offset < length {
                let word = offset + 8 <= length
                    ? UnsafeRawPointer(input + offset).loadUnaligned(as: UInt64.self)
                    : ASCIIWords.partialLoad(input + offset, count: length - offset)
                seen |= word
                let group = ASCIIWords(word, lowercase: lowercase)
                output.storeBytes(of: group.text, toByteOffset: offset, as: UInt64.self)
                bitWord |= UInt64(group.wordBits) << UInt64(offset & 63)
                offset += 8
                if offset & 63 == 0 {
                    bits[offset / 64 - 1] = bitWord
                    bitWord = 0
                }
            }
            if offset & 63 != 0 { bits[offset / 64] = bitWord }
            return seen & ASCIIWords.highBits == 0
        }
        guard isASCII else { return false }
        wordBits.withUnsafeBufferPointer { bits in
            // A run starts at a set bit whose predecessor is clear and ends at the first clear
            // bit after it; starts and ends alternate, so one pending start is all the state.
            var pending = -1
            var carry: UInt64 = 0
            for index in 0..<bitWords {
                let bitsHere = bits[index]
                let before = bitsHere << 1 | carry
                carry = bitsHere >> 63
                var starts = bitsHere & ~before
                var ends = ~bitsHere & before
                let base = index * 64
                while starts | ends != 0 {
                    if pending < 0 {
                        pending = base + starts.trailingZeroBitCount
                        starts &= starts &- 1
                    } else {
                        let end = base + ends.trailingZeroBitCount
                        ends &= ends &- 1
                        if end - pending >= 2 { terms.append(start: pending, count: end - pending) }
                        pending = -1
                    }
                }
            }
            if pending >= 0, length - pending >= 2 { terms.append(start: pending, count: length - pending) }
        }
        return true
    }

    /// The general path: decodes scalars, lower-cases them as Python does and tests `\w`.
    private mutating func scanUnicode(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) {
        token.removeAll(keepingCapacity: true)
        var scalars = 0
        func flush() {
            if scalars >= 2 { token.withUnsafeBufferPointer { terms.append($0) } }
            token.removeAll(keepingCapacity: true)
            scalars = 0
        }
        func consume(_ scalar: Unicode.Scalar) {
            guard Self.isWordCharacter(scalar) else { return flush() }
            token.append(contentsOf: UTF8.encode(scalar)!)
            scalars += 1
        }
        var index = range.lowerBound
        while index < range.upperBound {
            // ASCII needs no property lookups, and is most of the text even here.
            let byte = text[index]
            if byte < 0x80 {
                if Self.isASCIIWordByte(byte) {
                    token.append(lowercase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
                    scalars += 1
                } else {
                    flush()
                }
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound)!
            if lowercase && scalar.properties.changesWhenLowercased {
                for lowered in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: range) {
                    consume(lowered)
                }
            } else {
                consume(scalar)
            }
            index += width
        }
        flush()
    }

    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
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
