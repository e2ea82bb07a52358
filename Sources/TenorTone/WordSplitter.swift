import TenorText
import TenorSupport

/// vaderSentiment's words: the text split on (Python's) whitespace, each piece stripped of
/// leading and trailing ASCII punctuation unless that leaves two characters or fewer (then it is
/// kept whole, as an emoticon), and each looked up lower-cased in the vocabulary.
struct WordSplitter {
    let vocabulary: ToneVocabulary
    let rules: ToneRules

    /// The words of `text[range]`, and how many `!` and `?` it holds; nil when `stoppingAtEmoji`
    /// and the text holds an emoji (its descriptions must replace it first: see
    /// ``EmojiDescriptions``), so texts without emoji are read once.
    ///
    /// - Complexity: O(n): one pass over the bytes splits, strips, lower-cases, hashes and
    ///   reads case and negation together (words with non-ASCII letters, and words short enough
    ///   to keep their punctuation, take a second look).
    func words(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>, stoppingAtEmoji: Bool)
        -> (words: [ToneWord], exclamationMarks: Int, questionMarks: Int)? {
        return ByteClass.table.withUnsafeBufferPointer { classes in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 + (vocabulary.longestTerm + 8) / 8) { buffer in
                // A plain word's lower-case bytes, then the byte-by-byte reading's lower-case word.
                let plain = UnsafeMutableRawPointer(buffer.baseAddress!)
                let scratch = UnsafeMutableBufferPointer(start: (plain + 16).assumingMemoryBound(to: UInt8.self),
                                                         count: vocabulary.longestTerm + 1)
                var words: [ToneWord] = []
                words.reserveCapacity(range.count / 5 + 1)
                var (exclamationMarks, questionMarks) = (0, 0)
                let end = range.upperBound
                var index = range.lowerBound
                while index < end {
                    if let next = Self.spaceEnd(in: text, at: index, limit: end, classes: classes) {
                        index = next
                        continue
                    }
                    if index + 16 <= text.count, let plainWord = PlainWord(at: text.baseAddress! + index, limit: end - index, classes: classes) {
                        plain.storeBytes(of: plainWord.lowered.low, as: UInt64.self)
                        plain.storeBytes(of: plainWord.lowered.high, toByteOffset: 8, as: UInt64.self)
                        let length = plainWord.length
                        var word = word(index..<(index + length),
                                        lowered: length <= scratch.count ? UnsafeBufferPointer(start: plain.assumingMemoryBound(to: UInt8.self), count: length) : nil,
                                        prefix: plainWord.prefix, isUpper: plainWord.isUpper, isTitle: plainWord.isTitle, negates: false)
                        index += plainWord.tokenLength
                        word.first = text[index - plainWord.tokenLength]
                        word.last = text[index - 1]
                        if plainWord.tokenLength > length {
                            if word.last == 0x21 { exclamationMarks += 1 } else if word.last == 0x3F { questionMarks += 1 }
                        }
                        words.append(word)
                        continue
                    }
                    let start = index
                    // The word so far; stripping trailing punctuation would end it at
                    // `wordEnd` (punctuation has no case and cannot end an `n't`).
                    var scan = WordScan()
                    var wordStart: Int?
                    var wordEnd = start
                    var isASCII = true
                    while index < end {
                        let byte = text[index]
                        let byteClass = classes[Int(byte)]
                        if byteClass.isDisjoint(with: .special) {
                            // A letter, digit or other plain ASCII byte: the common case.
                            if wordStart == nil { wordStart = index }
                            scan.add(byte, byteClass, into: scratch)
                            index += 1
                            // Then the lower-case letters after it, most of a word, in a
                            // tighter loop (``WordScan/addLowerCase(from:to:in:into:)``).
                            index = scan.addLowerCase(from: index, to: end, in: text, into: scratch)
                            wordEnd = index
                            continue
                        }
                        // Bytes inside a character never look like a space or a space lead.
                        if byteClass.contains(.space)
                            || (byteClass.contains(.spaceLead) && Self.spaceEnd(in: text, at: index, limit: end, classes: classes) != nil) {
                            break
                        }
                        if byteClass.contains(.mark) {
                            if byte == 0x21 { exclamationMarks += 1 } else { questionMarks += 1 }
                        }
                        index += 1
                        if byteClass.contains(.punctuation) {
                            if wordStart != nil { scan.add(byte, byteClass, into: scratch) }
                            continue
                        }
                        isASCII = false
                        if stoppingAtEmoji && byte >= 0xC2,
                           let (scalar, _) = UTF8Scanner.scalar(in: text, at: index - 1, limit: end),
                           vocabulary.mayBeEmoji(scalar.value, sequences: !rules.singleCodePointEmoji) {
                            return nil
                        }
                        if wordStart == nil { wordStart = index - 1 }
                        wordEnd = index
                    }
                    if isASCII, let wordStart, wordEnd - wordStart > 2 {
                        scan.length = wordEnd - wordStart
                        words.append(word(wordStart..<wordEnd, scan, scratch: scratch))
                    } else {
                        let kept = stripped(start..<index, in: text, classes: classes, scratch: scratch)
                        words.append(word(kept, in: text, classes: classes, scratch: scratch))
                    }
                    words[words.count - 1].first = text[start]
                    words[words.count - 1].last = text[index - 1]
                }
                return (words, exclamationMarks, questionMarks)
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

    /// The ASCII word at `range`, already scanned: its lower-case form is in `scratch`.
    @inline(__always)
    private func word(_ range: Range<Int>, _ scan: WordScan, scratch: UnsafeMutableBufferPointer<UInt8>) -> ToneWord {
        let lowered = scan.length <= scratch.count ? UnsafeBufferPointer(rebasing: scratch[0..<scan.length]) : nil
        return word(range, lowered: lowered, prefix: lowered.map(TermTable.Key.prefix(of:)) ?? 0,
                    isUpper: scan.isUpper, isTitle: scan.isTitle, negates: scan.negates)
    }

    /// The ASCII word at `range` whose lower-case form is `lowered`, starting with the eight bytes
    /// `prefix` (nil when it is longer than the scratch buffer, one byte longer than the longest
    /// known word: then it is unknown).
    @inline(__always)
    private func word(_ range: Range<Int>, lowered: UnsafeBufferPointer<UInt8>?, prefix: UInt64,
                      isUpper: Bool, isTitle: Bool, negates: Bool) -> ToneWord {
        var entry: Int32 = 0
        if let lowered {
            entry = vocabulary.entry(of: lowered, prefix: prefix)
            if entry == 0 && !rules.elongatedWordsUnknown { entry = Elongation.entry(of: lowered, vocabulary: vocabulary) }
        }
        return ToneWord(range: range, entry: entry, isUpper: isUpper, isTitle: isTitle, negates: negates || vocabulary.entries[Int(entry)].negates)
    }

    /// The word at `range`, scanned now.
    private func word(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>,
                      scratch: UnsafeMutableBufferPointer<UInt8>) -> ToneWord {
        var scan = WordScan()
        for index in range {
            let byteClass = classes[Int(text[index])]
            if byteClass.contains(.nonASCII) { return unicodeWord(range, in: text) }
            scan.add(text[index], byteClass, into: scratch)
        }
        return word(range, scan, scratch: scratch)
    }

    /// A word with non-ASCII characters, lower-cased as Python's `str.lower()` does, with
    /// Python's `str.isupper()` for its case.
    private func unicodeWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> ToneWord {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(range.count + 8)
        var cased = false
        var hasLowerOrTitle = false
        // Title case: the first character upper (or title) case, a later one lower case.
        var startsUpper: Bool?
        var lowerAfterFirst = false
        var index = range.lowerBound
        while let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound) {
            let (isUpper, isLower, isTitle): (Bool, Bool, Bool)
            if scalar.isASCII {
                // Most characters of such a word are ASCII: only A-Z and a-z have case, and
                // lower-casing keeps one byte, so Unicode's tables need not be read.
                let byte = UInt8(scalar.value)
                (isUpper, isLower, isTitle) = (byte &- 0x41 < 26, byte &- 0x61 < 26, false)
                lowered.append(isUpper ? byte | 0x20 : byte)
            } else {
                let properties = scalar.properties
                (isUpper, isLower, isTitle) = (properties.isUppercase, properties.isLowercase, properties.generalCategory == .titlecaseLetter)
                for lower in Lowercasing.lowercased(scalar, in: text, at: index, width: width, range: range) {
                    UTF8.encode(lower) { lowered.append($0) }
                }
            }
            if startsUpper == nil {
                startsUpper = isUpper || isTitle
            } else if isLower {
                lowerAfterFirst = true
            }
            if isLower || isTitle {
                hasLowerOrTitle = true
            } else if isUpper {
                cased = true
            }
            index += width
        }
        let entry = lowered.withUnsafeBufferPointer { vocabulary.entry(of: $0) }
        let negates = vocabulary.entries[Int(entry)].negates
            || lowered.indices.dropLast(2).contains { lowered[$0] == 0x6E && lowered[$0 + 1] == 0x27 && lowered[$0 + 2] == 0x74 }
        return ToneWord(range: range, entry: entry, isUpper: cased && !hasLowerOrTitle,
                        isTitle: startsUpper == true && lowerAfterFirst, negates: negates)
    }

    /// `range` without leading and trailing ASCII punctuation (Python's
    /// `str.strip(string.punctuation)`), unless that leaves two characters or fewer: then the
    /// token stays whole (an emoticon such as `:)`), or with the tenor rule, only when it has to
    /// (``losesPunctuation(_:stripped:characters:in:classes:scratch:)``).
    private func stripped(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>,
                          scratch: UnsafeMutableBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, classes[Int(text[lower])].contains(.punctuation) { lower += 1 }
        while upper > lower, classes[Int(text[upper - 1])].contains(.punctuation) { upper -= 1 }
        if lower == range.lowerBound && upper == range.upperBound { return range }
        var characters = 0
        for index in lower..<upper where text[index] & 0xC0 != 0x80 {
            characters += 1
            if characters > 2 { return lower..<upper }
        }
        if !rules.shortWordsKeepPunctuation,
           losesPunctuation(range, stripped: lower..<upper, characters: characters, in: text, classes: classes,
                            scratch: scratch) {
            return lower..<upper
        }
        return range
    }

    /// The tenor rule for a token that strips to one or two characters (`ok.`, `no,`, `:D`):
    /// it loses its punctuation when what is left holds a letter, the whole token is no lexicon
    /// entry (`:D`, `xD`, `:-p` are) and it is no one-letter face like `=D` or `;P` (at most
    /// three characters, the first no letter).
    private func losesPunctuation(_ token: Range<Int>, stripped: Range<Int>, characters: Int,
                                  in text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ByteClass>,
                                  scratch: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        func scalars(_ range: Range<Int>) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            var index = range.lowerBound
            while let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound) {
                scalars.append(scalar)
                index += width
            }
            return scalars
        }
        guard characters > 0, scalars(stripped).contains(where: Self.isLetter) else { return false }
        let whole = scalars(token)
        if characters == 1 && whole.count <= 3 && !Self.isLetter(whole[0]) { return false }
        return vocabulary.entries[Int(word(token, in: text, classes: classes, scratch: scratch).entry)].valence == nil
    }

    /// Python's `str.isalpha()` for one character: a letter of any script.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}

/// What one pass over an ASCII word learns: its lower-case form (written to a scratch buffer),
/// its case, and whether it contains `n't`.
struct WordScan {
    var seen = ByteClass()
    var negates = false
    /// The last three lower-case bytes, the latest lowest.
    var window: UInt32 = 0
    var length = 0

    /// The first byte is an upper-case letter.
    var startsUpper = false

    /// Python's `str.isupper()` for ASCII: some upper-case letter and no lower-case one.
    var isUpper: Bool { seen.contains(.upper) && !seen.contains(.lower) }
    /// Title case: an upper-case letter first and some lower-case letter after it (`Square`,
    /// `McDonald`; not `I`, `USA` or `iPhone`).
    var isTitle: Bool { startsUpper && seen.contains(.lower) }

    @inline(__always)
    mutating func add(_ byte: UInt8, _ byteClass: ByteClass, into scratch: UnsafeMutableBufferPointer<UInt8>) {
        if length == 0 { startsUpper = byteClass.contains(.upper) }
        seen.formUnion(byteClass)
        let lower = byteClass.contains(.upper) ? byte | 0x20 : byte
        if length < scratch.count { scratch[length] = lower }
        length += 1
        window = window << 8 | UInt32(lower)
        negates = negates || window & 0xFF_FFFF == 0x6E_2774  // n't
    }

    /// Adds the run of lower-case ASCII letters of `text` from `start` (before `end`), after a
    /// byte ``add(_:_:into:)`` took, and returns where the run ends. Such a run needs no class
    /// look-up and no `n't` test: the byte before each of its letters is no apostrophe.
    @inline(__always)
    mutating func addLowerCase(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>,
                               into scratch: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = start
        while index < end, text[index] &- 0x61 < 26 {
            let byte = text[index]
            if length < scratch.count { scratch[length] = byte }
            length += 1
            window = window << 8 | UInt32(byte)
            index += 1
        }
        if index > start { seen.formUnion(.lower) }
        return index
    }
}
