import TenorText
import TenorSupport

/// Makes ``TextCounts`` paragraph after paragraph on one thread, keeping what one paragraph
/// leaves behind for the next: the token array (no allocation per paragraph) and a memo of the
/// syllables of the words already met (most words of a paragraph were met before, and the memo
/// answers them from the core's cache).
///
///     var counter = TextCounter()
///     let counts = document.paragraphs.map { counter.counts($0, in: document.text) }
public struct TextCounter: Sendable {
    public let syllableCounter: SyllableCounter
    private var tokens: [Token] = []
    private var memo: SyllableMemo

    public init(syllableCounter: SyllableCounter = .english) {
        self.init(syllableCounter: syllableCounter, rememberedWords: SyllableMemo.perThreadCapacity)
    }

    /// A counter with a memo of `rememberedWords` words (a power of two; 0 for a counter that
    /// counts one text only, where a memo would cost more than it saves).
    init(syllableCounter: SyllableCounter, rememberedWords: Int) {
        self.syllableCounter = syllableCounter
        memo = SyllableMemo(capacity: rememberedWords)
    }

    /// Python's ASCII whitespace (`str.split()`): space, `\t\n\v\f\r` and `\x1c`…`\x1f`.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 || byte &- 0x1C < 4 }

    /// The counts of `text[range]` (see ``TextCounts`` for what each count is).
    public mutating func counts(_ range: Range<Int>, in text: TextBytes) -> TextCounts {
        tokens.removeAll(keepingCapacity: true)
        // A counter made for one text starts empty: room for its tokens at once.
        tokens.reserveCapacity(range.count / 5 + 1)
        Tokenizer().appendTokens(in: text, range: range, to: &tokens)
        var counts = TextCounts()
        var sample = ReadabilityCounts.LinsearWriteSample(easyWords: 0, hardWords: 0, sentences: 0)
        var sampleEnd = range.lowerBound
        // One borrowed view of the text for the whole paragraph: slicing the array per word would
        // retain and release its storage each time, and threads counting other paragraphs of the
        // same text would contend for that reference count.
        text.withUnsafeBufferPointer { bytes in
            for token in tokens where token.kind == .word || token.kind == .number {
                counts.words += 1
                let (wordLetters, wordSyllables) = lettersAndSyllables(bytes, token)
                counts.letters += wordLetters
                if wordLetters >= 7 { counts.longWords += 1 }
                counts.syllables += wordSyllables
                if wordSyllables >= 3 { counts.polysyllabicWords += 1 }
                if counts.words <= TextCounts.linsearSampleWords {
                    if wordSyllables >= 3 { sample.hardWords += 1 } else if wordSyllables > 0 { sample.easyWords += 1 }
                    sampleEnd = token.range.upperBound
                }
            }
        }
        let sentences = Self.sentencesWithWords(SentenceSplitter().sentences(in: text, range: range, tokens: tokens),
                                                tokens: tokens, sampleEnd: sampleEnd)
        counts.sentences = sentences.all
        // The sample's sentences: those that begin before its last word ends.
        sample.sentences = sentences.inSample
        let characters = text.withUnsafeBufferPointer { Self.characterCounts($0, range) }
        counts.characters = characters.graphemes
        counts.readability = ReadabilityCounts(
            sentences: counts.sentences, words: counts.words, syllables: counts.syllables,
            polysyllabicWords: counts.polysyllabicWords,
            // Gunning's "complex" words exclude familiar ones by an easy-word list; Tenor ships
            // none (see Readability), so every polysyllabic word counts.
            complexWords: counts.polysyllabicWords,
            letters: counts.letters,
            characters: characters.nonSpaceScalars,
            tokens: characters.whitespaceTokens,
            linsearWrite: sample)
        return counts
    }

    /// A word's letters and syllables (a number's digits, and no syllables).
    @inline(__always)
    private mutating func lettersAndSyllables(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> (letters: Int, syllables: Int) {
        guard token.kind == .word else { return (Self.letterCount(bytes, token.range), 0) }
        let word = UnsafeBufferPointer(rebasing: bytes[token.range])
        guard let (key, letters) = SyllableMemo.key(bytes, token.range) else {
            return (Self.letterCount(bytes, token.range), syllableCounter.syllables(inUTF8: word))
        }
        let counter = syllableCounter
        return (letters, memo.syllables(of: key) { counter.syllables(inUTF8: word) })
    }

    // MARK: Counting helpers

    /// How many sentences hold at least one word (`!!!` or `—` alone is not a sentence to measure
    /// reading difficulty by), and how many of those begin before `sampleEnd`.
    private static func sentencesWithWords(_ sentences: [Range<Int>], tokens: [Token], sampleEnd: Int) -> (all: Int, inSample: Int) {
        var counted = (all: 0, inSample: 0)
        var next = 0
        for sentence in sentences {
            while next < tokens.count, tokens[next].range.lowerBound < sentence.lowerBound { next += 1 }
            var index = next
            while index < tokens.count, tokens[index].range.lowerBound < sentence.upperBound {
                if tokens[index].kind == .word || tokens[index].kind == .number {
                    counted.all += 1
                    if sentence.lowerBound < sampleEnd { counted.inSample += 1 }
                    break
                }
                index += 1
            }
        }
        return counted
    }

    /// Letters and digits of a word token (its apostrophes and hyphens are not letters).
    private static func letterCount(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                // ASCII: no property lookup needed.
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 { count += 1 }
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound)!
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { count += 1 }
            index += width
        }
        return count
    }

    /// Extended grapheme clusters; scalars that are not whitespace, and the runs of them
    /// (whitespace-separated tokens), with Python's idea of whitespace, as textstat splits text.
    private static func characterCounts(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (graphemes: Int, nonSpaceScalars: Int, whitespaceTokens: Int) {
        if let counts = asciiCharacterCounts(text, range) { return counts }
        let (scalars, tokens) = nonSpaceScalarsAndTokens(text, range)
        return (String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self).count, scalars, tokens)
    }

    /// ``characterCounts(_:_:)`` for all-ASCII text (the common case; nil for other text),
    /// sixteen bytes at a time: every byte is one grapheme except that `\r\n` is one together,
    /// and a token starts at each byte that is not a space but follows one (or the start).
    static func asciiCharacterCounts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (graphemes: Int, nonSpaceScalars: Int, whitespaceTokens: Int)? {
        guard !range.isEmpty, let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return (0, 0, 0) }
        typealias Bytes = SIMD16<UInt8>
        // Vector operands only: comparisons with a scalar operand compile to a loop over the lanes.
        let (blank, tab, five) = (Bytes(repeating: 0x20), Bytes(repeating: 0x09), Bytes(repeating: 5))
        let (separator, four) = (Bytes(repeating: 0x1C), Bytes(repeating: 4))
        let (lineFeed, carriageReturn, one) = (Bytes(repeating: 0x0A), Bytes(repeating: 0x0D), Bytes(repeating: 1))
        @inline(__always) func spaces(_ bytes: Bytes) -> SIMDMask<SIMD16<Int8>> {
            bytes .== blank .| (bytes &- tab) .< five .| (bytes &- separator) .< four
        }
        var spaceCount = 0, tokens = 0, crlfPairs = 0
        var highBits = Bytes.zero
        // Each step compares sixteen bytes with the sixteen before them, one byte back. Lanes
        // count up to 15 steps (no lane sum passes 255) before they are added up.
        var index = range.lowerBound + 1
        while index + Bytes.scalarCount <= range.upperBound {
            var (laneSpaces, laneTokens, lanePairs) = (Bytes.zero, Bytes.zero, Bytes.zero)
            var steps = 0
            while steps < 15, index + Bytes.scalarCount <= range.upperBound {
                let current = base.loadUnaligned(fromByteOffset: index, as: Bytes.self)
                let previous = base.loadUnaligned(fromByteOffset: index - 1, as: Bytes.self)
                highBits |= current
                let space = spaces(current)
                laneSpaces &+= one.replacing(with: 0, where: .!space)
                laneTokens &+= one.replacing(with: 0, where: space .| .!spaces(previous))
                lanePairs &+= one.replacing(with: 0, where: .!(current .== lineFeed .& previous .== carriageReturn))
                index += Bytes.scalarCount
                steps += 1
            }
            spaceCount += Int(laneSpaces.wrappedSum())
            tokens += Int(laneTokens.wrappedSum())
            crlfPairs += Int(lanePairs.wrappedSum())
        }
        guard highBits & Bytes(repeating: 0x80) == .zero else { return nil }
        // The first byte (no byte before it in the range) and the last few, one at a time.
        let first = bytes[range.lowerBound]
        if Self.isASCIISpace(first) { spaceCount += 1 } else { tokens += 1 }
        while index < range.upperBound {
            let byte = bytes[index], previous = bytes[index - 1]
            guard byte < 0x80 else { return nil }
            if Self.isASCIISpace(byte) { spaceCount += 1 } else if Self.isASCIISpace(previous) { tokens += 1 }
            if byte == 0x0A && previous == 0x0D { crlfPairs += 1 }
            index += 1
        }
        guard first < 0x80 else { return nil }
        return (range.count - crlfPairs, range.count - spaceCount, tokens)
    }

    /// ``characterCounts(_:_:)``'s scalars and tokens for text that is not all ASCII.
    static func nonSpaceScalarsAndTokens(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (scalars: Int, tokens: Int) {
        var scalars = 0
        var tokens = 0
        var inToken = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            let isSpace: Bool
            if byte < 0x80 {
                isSpace = Self.isASCIISpace(byte)
                index += 1
            } else {
                let (scalar, width) = UTF8Scanner.scalar(in: text, at: index, limit: range.upperBound)!
                isSpace = UnicodeWhitespace.contains(scalar)
                index += width
            }
            if !isSpace {
                scalars += 1
                if !inToken { tokens += 1 }
            }
            inToken = !isSpace
        }
        return (scalars, tokens)
    }
}
