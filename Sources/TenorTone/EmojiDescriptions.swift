import TenorText
import TenorSupport

/// vaderSentiment's first step: every emoji replaced by its description, a space put before it
/// unless one is there already. vaderSentiment matches one code point at a time and puts
/// nothing after the description, so a word that follows the emoji directly is glued to the
/// description's last word; ``ToneRules`` can turn both off (then any whitespace before an
/// emoji counts, as Python's `str.isspace()` does).
enum EmojiDescriptions {
    /// The text with its emoji replaced, or nil when it has none.
    ///
    /// - Complexity: O(n · k) for emoji of up to k code points (k = 1 with vaderSentiment's rule).
    static func replacing(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>, vocabulary: ToneVocabulary, rules: ToneRules) -> [UInt8]? {
        let sequences = !rules.singleCodePointEmoji
        var result: [UInt8] = []
        var previousIsSpace = true
        var replacedAny = false
        var index = range.lowerBound
        while index < range.upperBound {
            // An ASCII character starts an emoji only as a keycap (`1️⃣`), followed by more.
            let asciiLed = sequences && text[index] < 0x80 && index + 1 < range.upperBound && text[index + 1] >= 0x80
                && vocabulary.mayStartEmojiSequence(UInt32(text[index]))
            if text[index] < 0x80 && !asciiLed {
                result.append(text[index])
                previousIsSpace = text[index] == 0x20 || (sequences && ByteClass.table[Int(text[index])].contains(.space))
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound)!
            if let (description, end) = emoji(in: text, at: index, limit: range.upperBound, first: (scalar.value, width),
                                               sequences: sequences, vocabulary: vocabulary) {
                if !replacedAny {
                    result.reserveCapacity(range.count + 64)
                    replacedAny = true
                }
                if !previousIsSpace { result.append(0x20) }
                result += description
                previousIsSpace = false
                if !rules.emojiGluedToNextWord {
                    result.append(0x20)
                    previousIsSpace = true
                }
                index = end
            } else {
                result += text[index..<(index + width)]
                previousIsSpace = sequences && UnicodeWhitespace.contains(scalar)
                index += width
            }
        }
        return replacedAny ? result : nil
    }

    /// The description of the emoji starting at `index` and where it ends: the longest emoji of
    /// several code points when `sequences`, else the single code point's.
    private static func emoji(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int, first: (scalar: UInt32, width: Int),
                              sequences: Bool, vocabulary: ToneVocabulary) -> (description: [UInt8], end: Int)? {
        if sequences && vocabulary.mayStartEmojiSequence(first.scalar) {
            var scalars: [UInt32] = []
            var ends: [Int] = []
            var position = index
            while scalars.count < vocabulary.longestEmojiSequence,
                  let (scalar, width) = UTF8Scanner.scalar(in: text, at: position, limit: limit) {
                scalars.append(scalar.value)
                position += width
                ends.append(position)
            }
            for count in stride(from: scalars.count, through: 1, by: -1) {
                if let description = vocabulary.emojiSequences[Array(scalars[0..<count])] {
                    return (description, modifiersEnd(in: text, at: ends[count - 1], limit: limit))
                }
            }
        }
        guard let description = vocabulary.description(ofEmoji: first.scalar) else { return nil }
        let end = index + first.width
        return (description, sequences ? modifiersEnd(in: text, at: end, limit: limit) : end)
    }

    /// Where the U+FE0F and skin tones (U+1F3FB…U+1F3FF) from `index` on end: they only
    /// change how an emoji looks.
    private static func modifiersEnd(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        var end = index
        while let (scalar, width) = UTF8Scanner.scalar(in: text, at: end, limit: limit),
              scalar.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar.value) {
            end += width
        }
        return end
    }
}
