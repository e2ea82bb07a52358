import TenorText

/// vaderSentiment's words: the text split on (Python's) whitespace, each piece stripped of
/// leading and trailing ASCII punctuation unless that leaves two characters or fewer (then it is
/// kept whole, as an emoticon), and each looked up lower-cased in the vocabulary.
struct WordSplitter {
    let vocabulary: ToneVocabulary
    let rules: ToneRules

    /// The words of `text[range]`.
    ///
    /// - Complexity: O(n), one pass over the bytes for splitting, one per word for lower-casing,
    ///   hashing, case and negation together.
    func words(in text: [UInt8], range: Range<Int>) -> [ToneWord] {
        let entries = vocabulary.entries
        return text.withUnsafeBufferPointer { text in
            ByteClass.table.withUnsafeBufferPointer { classes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: vocabulary.index.longestTerm + 1) { scratch in
                    var words: [ToneWord] = []
                    words.reserveCapacity(range.count / 5 + 1)
                    let end = range.upperBound
                    var index = range.lowerBound
                    while index < end {
                        if let next = Self.spaceEnd(in: text, at: index, limit: end, classes: classes) {
                            index = next
                            continue
                        }
                        let start = index
                        index += 1
                        // Bytes inside a character never look like a space or a space lead.
                        while index < end && Self.spaceEnd(in: text, at: index, limit: end, classes: classes) == nil { index += 1 }
                        let word = stripped(start..<index, in: text, classes: classes)
                        words.append(self.word(word, in: text, classes: classes, scratch: scratch, entries: entries))
                    }
                    return words
                }
            }
        }
    }

    /// Where the whitespace character at `index` ends, or nil if the byte there starts none.
    @inline(__always)
    private static func spaceEnd(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int,
                                 classes: UnsafeBufferPointer<ByteClass>) -> Int? {
        let byteClass = classes[Int(text[index])]
        if byteClass.contains(.space) { return index + 1 }
        guard byteClass.contains(.spaceLead) else { return nil }
        let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: limit)!
        return UnicodeWhitespace.contains(scalar) ? index + width : nil
    }

    /// The word at `range`: its entry, case and negation.
    @inline(__always)
    private func word(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>,
                      scratch: UnsafeMutableBufferPointer<UInt8>, entries: [WordEntry]) -> ToneWord {
        let fits = range.count <= scratch.count
        var hash: UInt32 = 2_166_136_261
        var seen = ByteClass()
        var negates = false
        var previous: (UInt8, UInt8) = (0, 0)
        var offset = 0
        for index in range {
            var byte = text[index]
            let byteClass = classes[Int(byte)]
            seen.formUnion(byteClass)
            if byteClass.contains(.nonASCII) { return unicodeWord(range, in: text) }
            if byteClass.contains(.upper) { byte |= 0x20 }
            if fits { scratch[offset] = byte }
            offset += 1
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            negates = negates || (previous == (0x6E, 0x27) && byte == 0x74)  // n't
            previous = (previous.1, byte)
        }
        let entry = fits ? vocabulary.entry(of: UnsafeBufferPointer(rebasing: scratch[0..<range.count]), hash: hash) : 0
        return ToneWord(range: range, entry: entry, isUpper: seen.contains(.upper) && !seen.contains(.lower),
                        negates: negates || entries[Int(entry)].negates)
    }

    /// A word with non-ASCII characters, lower-cased as Python's `str.lower()` does, with
    /// Python's `str.isupper()` for its case.
    private func unicodeWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> ToneWord {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(range.count + 8)
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
            } else {
                for lower in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: range) {
                    UTF8.encode(lower) { lowered.append($0) }
                }
            }
            index += width
        }
        let entry = lowered.withUnsafeBufferPointer { vocabulary.entry(of: $0, hash: TermIndex.hash($0)) }
        let negates = vocabulary.entries[Int(entry)].negates
            || lowered.indices.dropLast(2).contains { lowered[$0] == 0x6E && lowered[$0 + 1] == 0x27 && lowered[$0 + 2] == 0x74 }
        return ToneWord(range: range, entry: entry, isUpper: cased && !hasLowerOrTitle, negates: negates)
    }

    /// `range` without leading and trailing ASCII punctuation (Python's
    /// `str.strip(string.punctuation)`), unless that leaves too little: at most two characters
    /// with vaderSentiment's rule, nothing at all otherwise.
    @inline(__always)
    private func stripped(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, classes[Int(text[lower])].contains(.punctuation) { lower += 1 }
        while upper > lower, classes[Int(text[upper - 1])].contains(.punctuation) { upper -= 1 }
        let limit = rules.shortWordsKeepPunctuation ? 2 : 0
        var characters = 0
        for index in lower..<upper where text[index] & 0xC0 != 0x80 {
            characters += 1
            if characters > limit { return lower..<upper }
        }
        return range
    }
}
