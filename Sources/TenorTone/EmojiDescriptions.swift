import TenorText

/// vaderSentiment's first step: every emoji (one code point at a time) replaced by its
/// description, a space put before it unless one is there already; nothing after it, so a word
/// that follows the emoji directly is glued to the description's last word.
enum EmojiDescriptions {
    /// The text with its emoji replaced, or nil when it has none.
    ///
    /// - Complexity: O(n).
    static func replacing(in text: [UInt8], range: Range<Int>, vocabulary: ToneVocabulary) -> [UInt8]? {
        guard let first = firstEmoji(in: text, range: range, vocabulary: vocabulary) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(range.count + 64)
        result += text[range.lowerBound..<first]
        var previousIsSpace = first == range.lowerBound || text[first - 1] == 0x20
        var index = first
        while let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound) {
            if scalar.value >= 0x80, let description = vocabulary.description(ofEmoji: scalar.value) {
                if !previousIsSpace { result.append(0x20) }
                result += description
                previousIsSpace = false
            } else {
                result += text[index..<(index + width)]
                previousIsSpace = scalar == " "
            }
            index += width
        }
        return result
    }

    /// Where the first emoji starts: ASCII bytes are skipped without decoding.
    private static func firstEmoji(in text: [UInt8], range: Range<Int>, vocabulary: ToneVocabulary) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] < 0x80 { index += 1; continue }
            let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound)!
            if vocabulary.description(ofEmoji: scalar.value) != nil { return index }
            index += width
        }
        return nil
    }
}
