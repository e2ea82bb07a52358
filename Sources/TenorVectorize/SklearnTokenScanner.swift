import TenorText
import TenorSupport

/// Finds scikit-learn's default tokens, `(?u)\b\w\w+\b`, in (optionally lower-cased) text.
///
/// `\b\w\w+\b` matches exactly the maximal runs of two or more word characters, where a word
/// character is what Python's `re` calls `\w`: `str.isalnum()` or `_`. Lower-casing follows
/// Python's `str.lower()` (full mappings, so `İ` becomes `i` + U+0307, which is not `\w`, and
/// a word-final `Σ` becomes `ς`), applied before matching as scikit-learn does.
///
/// Tokens land in a ``ScannedTerms`` as their lower-cased UTF-8 bytes; no `String` is made per
/// token. The paragraph is first classified and lower-cased sixteen bytes per step (see
/// ``ASCIIWords``) into a copy at the same offsets. An ASCII non-word byte always ends a token,
/// so the text splits at them into runs; a run of ASCII word characters is a token as it
/// stands in the copy, and only a run that holds a non-ASCII character is decoded scalar by
/// scalar (lower-casing may change its length, so its tokens are built after the copy).
struct SklearnTokenScanner {
    let lowercase: Bool
    /// One bit per byte of the paragraph: set for an ASCII word character or a byte of a
    /// non-ASCII character.
    private var runBits: [UInt64] = []

    init(lowercase: Bool) {
        self.lowercase = lowercase
    }

    /// Replaces the contents of `terms` with the tokens of `text[range]`, in order.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) {
        let length = range.count
        let copyLength = (length + 15) & ~15
        // Tokens are two or more bytes with a byte between them, so a third of the bytes bounds
        // their number. Runs rebuilt after the copy grow by at most 1.5× (İ: 2 bytes → 3).
        terms.reset(byteCount: copyLength + 2 * length, termCount: length / 3 + 1, appendingStart: copyLength)
        let bitWords = (length + 63) / 64
        if runBits.count < bitWords { runBits = Array(repeating: 0, count: max(bitWords, 2 * runBits.count)) }
        let input = text.baseAddress! + range.lowerBound
        let output = UnsafeMutableRawPointer(terms.bytes.baseAddress!)
        let lowercase = lowercase
        let isASCII = runBits.withUnsafeMutableBufferPointer { bits in
            var seen = ASCIIWords.Bytes.zero
            var bitWord: UInt64 = 0
            var offset = 0
            while offset < length {
                let bytes = offset + 16 <= length
                    ? UnsafeRawPointer(input + offset).loadUnaligned(as: ASCIIWords.Bytes.self)
                    : ASCIIWords.partialLoad(input + offset, count: length - offset)
                seen |= bytes
                let group = ASCIIWords(bytes, lowercase: lowercase)
                output.storeBytes(of: group.text, toByteOffset: offset, as: ASCIIWords.Bytes.self)
                bitWord |= UInt64(group.runBits) << UInt64(offset & 63)
                offset += 16
                if offset & 63 == 0 {
                    bits[offset / 64 - 1] = bitWord
                    bitWord = 0
                }
            }
            if offset & 63 != 0 { bits[offset / 64] = bitWord }
            return !ASCIIWords.holdsNonASCII(seen)
        }
        if isASCII {
            // Every run is a token as it stands in the copy when two or more bytes long.
            forEachRun(bitWords: bitWords, length: length) { start, end in
                terms.append(start: start, count: end - start, keep: end - start >= 2)
            }
        } else {
            forEachRun(bitWords: bitWords, length: length) { start, end in
                takeRun(start..<end, text, range: range, into: &terms)
            }
        }
    }

    /// Calls `body` with each run of set bits in ``runBits`` (the paragraph's first `length`
    /// bytes), in order: its start and end offsets.
    ///
    /// Starts and ends alternate, so once a run left open by the word before is closed, a
    /// word's remaining starts and ends pair up in order, the last start perhaps left open
    /// for the next word: one step a run, with no branch on which boundary comes next.
    @inline(__always)
    private func forEachRun(bitWords: Int, length: Int, _ body: (_ start: Int, _ end: Int) -> Void) {
        runBits.withUnsafeBufferPointer { bits in
            var open = -1
            var carry: UInt64 = 0
            for index in 0..<bitWords {
                let bitsHere = bits[index]
                let before = bitsHere << 1 | carry
                carry = bitsHere >> 63
                var starts = bitsHere & ~before
                var ends = ~bitsHere & before
                let base = index &* 64
                if open >= 0, ends != 0 {
                    body(open, base &+ ends.trailingZeroBitCount)
                    ends &= ends &- 1
                    open = -1
                }
                while starts != 0 {
                    let start = base &+ starts.trailingZeroBitCount
                    starts &= starts &- 1
                    guard ends != 0 else {
                        open = start
                        break
                    }
                    body(start, base &+ ends.trailingZeroBitCount)
                    ends &= ends &- 1
                }
            }
            if open >= 0 { body(open, length) }
        }
    }

    /// Adds the tokens of one run (offsets within the paragraph) of a paragraph that holds
    /// non-ASCII characters.
    @inline(__always)
    private func takeRun(_ run: Range<Int>, _ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, into terms: inout ScannedTerms) {
        if text[(range.lowerBound + run.lowerBound)..<(range.lowerBound + run.upperBound)].contains(where: { $0 >= 0x80 }) {
            decode(text, run: (range.lowerBound + run.lowerBound)..<(range.lowerBound + run.upperBound), paragraph: range, into: &terms)
        } else if run.count >= 2 {
            terms.append(start: run.lowerBound, count: run.count)
        }
    }

    /// The tokens of a run that holds non-ASCII characters: decodes scalars, lower-cases them
    /// as Python does (the paragraph is the context of a final sigma) and tests `\w`.
    private func decode(_ text: UnsafeBufferPointer<UInt8>, run: Range<Int>, paragraph: Range<Int>, into terms: inout ScannedTerms) {
        var scalars = 0
        var index = run.lowerBound
        while index < run.upperBound {
            let byte = text[index]
            if byte < 0x80 {   // an ASCII word character: runs hold no other ASCII
                terms.addByte(lowercase && byte &- 0x41 < 26 ? byte | 0x20 : byte)
                scalars += 1
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: run.upperBound)!
            if lowercase && scalar.properties.changesWhenLowercased {
                for lowered in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: paragraph) {
                    Self.add(lowered, scalars: &scalars, to: &terms)
                }
            } else {
                Self.add(scalar, scalars: &scalars, to: &terms)
            }
            index += width
        }
        terms.finishTerm(keep: scalars >= 2)
    }

    /// Extends the token being built with `scalar`, or ends it if `scalar` is no word character.
    @inline(__always)
    private static func add(_ scalar: Unicode.Scalar, scalars: inout Int, to terms: inout ScannedTerms) {
        guard isWordCharacter(scalar) else {
            terms.finishTerm(keep: scalars >= 2)
            scalars = 0
            return
        }
        for byte in UTF8.encode(scalar)! { terms.addByte(byte) }
        scalars += 1
    }

    /// Python's `\w`: letters (L*), characters with a numeric value, and `_`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }
}
