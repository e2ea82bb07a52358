import TenorText
import TenorSupport

/// The counts of one text (a paragraph, a file, everything read), made with Tenor's tokenizer,
/// sentence splitter and syllable counter, and the readability counts derived from them.
///
/// Definitions: a *word* is a word or number token (so `well-being`, `don't` and `3.5` are one
/// word each, `—` and `😀` none); a *sentence* is one the sentence splitter finds that holds a
/// word; *letters* are the letters and digits of words; a *long word*
/// has 7 or more letters; a *polysyllabic word* 3 or more syllables; *characters* are what a
/// reader sees as characters (extended grapheme clusters).
public struct TextCounts: Sendable, Equatable, Codable {
    public var characters = 0
    public var letters = 0
    public var words = 0
    public var sentences = 0
    public var syllables = 0
    public var polysyllabicWords = 0
    public var longWords = 0
    /// The same text counted for the readability formulas (see ``ReadabilityCounts``).
    public var readability = ReadabilityCounts(
        sentences: 0, words: 0, syllables: 0, polysyllabicWords: 0, complexWords: 0, letters: 0,
        characters: 0, tokens: 0, linsearWrite: .init(easyWords: 0, hardWords: 0, sentences: 0))

    /// Mean words per sentence; nil without sentences.
    public var meanSentenceLength: Double? { ratio(words, sentences) }
    /// Mean syllables per word; nil without words.
    public var meanSyllablesPerWord: Double? { ratio(syllables, words) }
    /// Mean letters per word; nil without words.
    public var meanWordLength: Double? { ratio(letters, words) }

    public init() {}

    /// Counts `text[range]`.
    ///
    /// - Complexity: O(length of the range); one tokenization, shared by the sentence splitter.
    public init(_ range: Range<Int>, in text: [UInt8], syllableCounter: SyllableCounter = .english) {
        let tokens = Tokenizer().tokens(in: text, range: range)
        let sentenceRanges = Self.sentencesWithWords(
            SentenceSplitter().sentences(in: text, range: range, tokens: tokens), tokens: tokens)
        sentences = sentenceRanges.count
        characters = Self.graphemeCount(text, range)
        var sample = ReadabilityCounts.LinsearWriteSample(easyWords: 0, hardWords: 0, sentences: 0)
        var sampleEnd = range.lowerBound
        // One borrowed view of the text for the whole paragraph: slicing the array per word would
        // retain and release its storage each time, and threads counting other paragraphs of the
        // same text would contend for that reference count.
        text.withUnsafeBufferPointer { bytes in
            for token in tokens where token.kind == .word || token.kind == .number {
                words += 1
                let wordLetters = Self.letterCount(bytes, token.range)
                letters += wordLetters
                if wordLetters >= 7 { longWords += 1 }
                let wordSyllables = token.kind == .word
                    ? syllableCounter.syllables(inUTF8: UnsafeBufferPointer(rebasing: bytes[token.range])) : 0
                syllables += wordSyllables
                if wordSyllables >= 3 { polysyllabicWords += 1 }
                if words <= Self.linsearSampleWords {
                    if wordSyllables >= 3 { sample.hardWords += 1 } else if wordSyllables > 0 { sample.easyWords += 1 }
                    sampleEnd = token.range.upperBound
                }
            }
        }
        // The sample's sentences: those that begin before its last word ends.
        sample.sentences = sentenceRanges.count { $0.lowerBound < sampleEnd }
        let (nonSpaceScalars, whitespaceTokens) = Self.nonSpaceScalarsAndTokens(text, range)
        readability = ReadabilityCounts(
            sentences: sentences, words: words, syllables: syllables,
            polysyllabicWords: polysyllabicWords,
            // Gunning's "complex" words exclude familiar ones by an easy-word list; Tenor ships
            // none (see Readability), so every polysyllabic word counts.
            complexWords: polysyllabicWords,
            letters: letters,
            characters: nonSpaceScalars,
            tokens: whitespaceTokens,
            linsearWrite: sample)
    }

    /// Linsear Write reads the first 100 words.
    static let linsearSampleWords = 100

    /// The totals of two texts read one after the other. Linsear Write's sample keeps taking
    /// from the second text while the first has fewer than 100 sample words.
    public static func + (first: TextCounts, second: TextCounts) -> TextCounts {
        var total = TextCounts()
        total.characters = first.characters + second.characters
        total.letters = first.letters + second.letters
        total.words = first.words + second.words
        total.sentences = first.sentences + second.sentences
        total.syllables = first.syllables + second.syllables
        total.polysyllabicWords = first.polysyllabicWords + second.polysyllabicWords
        total.longWords = first.longWords + second.longWords
        var sample = first.readability.linsearWrite
        if sample.easyWords + sample.hardWords < linsearSampleWords {
            sample.easyWords += second.readability.linsearWrite.easyWords
            sample.hardWords += second.readability.linsearWrite.hardWords
            sample.sentences += second.readability.linsearWrite.sentences
        }
        total.readability = ReadabilityCounts(
            sentences: total.sentences, words: total.words, syllables: total.syllables,
            polysyllabicWords: total.polysyllabicWords,
            complexWords: first.readability.complexWords + second.readability.complexWords,
            letters: total.letters,
            characters: first.readability.characters + second.readability.characters,
            tokens: first.readability.tokens + second.readability.tokens,
            linsearWrite: sample)
        return total
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    // MARK: Counting helpers

    /// The sentences that hold at least one word: `!!!` or `—` alone is not a sentence to
    /// measure reading difficulty by.
    private static func sentencesWithWords(_ sentences: [Range<Int>], tokens: [Token]) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        var next = 0
        for sentence in sentences {
            while next < tokens.count, tokens[next].range.lowerBound < sentence.lowerBound { next += 1 }
            var index = next
            while index < tokens.count, tokens[index].range.lowerBound < sentence.upperBound {
                if tokens[index].kind == .word || tokens[index].kind == .number {
                    kept.append(sentence)
                    break
                }
                index += 1
            }
        }
        return kept
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

    /// Extended grapheme clusters; all-ASCII text (the common case) is counted without
    /// building a `String`: every byte is one, except that `\r\n` is one together.
    private static func graphemeCount(_ text: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        var previousWasCR = false
        for index in range {
            let byte = text[index]
            if byte >= 0x80 { return String(decoding: text[range], as: UTF8.self).count }
            if !(byte == 0x0A && previousWasCR) { count += 1 }
            previousWasCR = byte == 0x0D
        }
        return count
    }

    /// Scalars that are not whitespace, and the runs of them (whitespace-separated tokens),
    /// with Python's idea of whitespace, as textstat splits text.
    private static func nonSpaceScalarsAndTokens(_ text: [UInt8], _ range: Range<Int>) -> (scalars: Int, tokens: Int) {
        var scalars = 0
        var tokens = 0
        var inToken = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            let isSpace: Bool
            if byte < 0x80 {
                isSpace = byte == 0x20 || byte &- 0x09 < 5 || byte &- 0x1C < 4
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
