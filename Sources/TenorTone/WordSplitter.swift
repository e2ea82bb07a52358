import TenorText

/// vaderSentiment's words: the text split on (Python's) whitespace, each piece stripped of
/// leading and trailing ASCII punctuation unless that leaves two characters or fewer (then it is
/// kept whole, as an emoticon), and each looked up lower-cased in the vocabulary.
struct WordSplitter {
    let vocabulary: ToneVocabulary
    let rules: ToneRules

    /// The words of `text[range]`.
    ///
    /// - Complexity: O(n).
    func words(in text: [UInt8], range: Range<Int>) -> [ToneWord] {
        var words: [ToneWord] = []
        words.reserveCapacity(range.count / 5 + 1)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(64)
        var index = range.lowerBound
        while index < range.upperBound {
            let start = skipSpace(in: text, from: index, limit: range.upperBound)
            guard start < range.upperBound else { break }
            var end = start
            while end < range.upperBound {
                let (next, isSpace) = spaceEnd(in: text, at: end, limit: range.upperBound)
                if isSpace { break }
                end = next
            }
            let word = stripped(start..<end, in: text)
            words.append(self.word(word, in: text, lowered: &lowered))
            index = end
        }
        return words
    }

    /// The word at `range`: its entry, case and negation.
    @inline(__always)
    private func word(_ range: Range<Int>, in text: [UInt8], lowered: inout [UInt8]) -> ToneWord {
        lowered.removeAll(keepingCapacity: true)
        var hasUpper = false
        var hasLower = false
        var isASCII = true
        for index in range {
            var byte = text[index]
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true; byte += 0x20 } else if byte >= 0x61 && byte <= 0x7A { hasLower = true }
            lowered.append(byte)
        }
        var isUpper = hasUpper && !hasLower
        if !isASCII { isUpper = lowerUnicode(range, in: text, into: &lowered) }
        let entry = lowered.withUnsafeBufferPointer { vocabulary.entry(of: $0) }
        let negates = vocabulary.entries[Int(entry)].negates || Self.containsNot(lowered)
        return ToneWord(range: range, entry: entry, isUpper: isUpper, negates: negates)
    }

    /// Lower-cases a word with non-ASCII letters as Python's `str.lower()` does, into `lowered`;
    /// returns Python's `str.isupper()` of it.
    private func lowerUnicode(_ range: Range<Int>, in text: [UInt8], into lowered: inout [UInt8]) -> Bool {
        lowered.removeAll(keepingCapacity: true)
        var cased = false
        var hasLowerOrTitle = false
        var index = range.lowerBound
        while let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound) {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                hasLowerOrTitle = true
            } else if properties.isUppercase {
                cased = true
            }
            if scalar == "\u{2019}" && !rules.asciiApostropheOnly {
                lowered.append(0x27)
            } else if scalar.isASCII {
                let byte = UInt8(scalar.value)
                lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else {
                for lower in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: range) {
                    UTF8.encode(lower) { lowered.append($0) }
                }
            }
            index += width
        }
        return cased && !hasLowerOrTitle
    }

    /// Whether a lower-case word contains `n't`.
    private static func containsNot(_ word: [UInt8]) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 0...(word.count - 3) where word[index] == 0x6E && word[index + 1] == 0x27 && word[index + 2] == 0x74 {
            return true
        }
        return false
    }

    /// `range` without leading and trailing ASCII punctuation (Python's
    /// `str.strip(string.punctuation)`), unless that leaves too little: at most two characters
    /// with vaderSentiment's rule, nothing at all otherwise.
    private func stripped(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isPunctuation(text[lower]) { lower += 1 }
        while upper > lower, Self.isPunctuation(text[upper - 1]) { upper -= 1 }
        let limit = rules.shortWordsKeepPunctuation ? 2 : 0
        var characters = 0
        for index in lower..<upper where text[index] & 0xC0 != 0x80 {
            characters += 1
            if characters > limit { return lower..<upper }
        }
        return range
    }

    /// Python's `string.punctuation`: the ASCII punctuation and symbol characters.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The first non-space position at or after `index`.
    @inline(__always)
    private func skipSpace(in text: [UInt8], from index: Int, limit: Int) -> Int {
        var position = index
        while position < limit {
            let (next, isSpace) = spaceEnd(in: text, at: position, limit: limit)
            if !isSpace { break }
            position = next
        }
        return position
    }

    /// The end of the character at `index`, and whether it is whitespace as Python's
    /// `str.split()` reads it.
    @inline(__always)
    private func spaceEnd(in text: [UInt8], at index: Int, limit: Int) -> (Int, Bool) {
        let byte = text[index]
        if byte < 0x80 { return (index + 1, (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte)) }
        let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: limit)!
        return (index + width, UnicodeWhitespace.contains(scalar))
    }
}
