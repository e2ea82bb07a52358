import TenorSupport
/// Lower-casing one scalar in context, as Python's `str.lower()` does it: full mappings
/// (`İ` → `i` + U+0307) and the final-sigma rule (a capital sigma preceded by a cased letter
/// and not followed by one becomes `ς`, otherwise `σ`). Every lower-casing in Tenor goes
/// through here, so terms agree whichever tokenizer produced them.
public enum Lowercasing {
    /// The lower-case form of the scalar at `index` (of `width` bytes) in `text`, looking at
    /// its neighbours within `range` for the final-sigma rule.
    @inlinable
    public static func lowercased<Bytes: RandomAccessCollection<UInt8>>(
        _ scalar: Unicode.Scalar, in text: Bytes, at index: Int, width: Int, range: Range<Int>
    ) -> String.UnicodeScalarView where Bytes.Index == Int {
        if scalar == "\u{03A3}",
           hasCasedNeighbour(in: text, from: index, step: -1, range: range),
           !hasCasedNeighbour(in: text, from: index + width, step: 1, range: range) {
            return "\u{03C2}".unicodeScalars
        }
        return scalar.properties.lowercaseMapping.unicodeScalars
    }

    /// Whether, skipping case-ignorable scalars, the next scalar before `index` (step -1) or
    /// from `index` on (step 1) is cased.
    @usableFromInline
    static func hasCasedNeighbour<Bytes: RandomAccessCollection<UInt8>>(
        in text: Bytes, from index: Int, step: Int, range: Range<Int>
    ) -> Bool where Bytes.Index == Int {
        var position = index
        while step < 0 ? position > range.lowerBound : position < range.upperBound {
            let (scalar, width) = step < 0
                ? UTF8Scanner.scalar(in: text, endingAt: position, limit: range.lowerBound)!
                : UTF8Scanner.scalar(in: text, at: position, limit: range.upperBound)!
            if !scalar.properties.isCaseIgnorable { return scalar.properties.isCased }
            position += step * width
        }
        return false
    }
}
