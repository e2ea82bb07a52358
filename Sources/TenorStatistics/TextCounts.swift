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
    ///   To count many paragraphs, one ``TextCounter`` per thread is faster.
    public init(_ range: Range<Int>, in text: TextBytes, syllableCounter: SyllableCounter = .english) {
        var counter = TextCounter(syllableCounter: syllableCounter, rememberedWords: 0)
        self = counter.counts(range, in: text)
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
}
