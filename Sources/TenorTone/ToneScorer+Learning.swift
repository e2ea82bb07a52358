import TenorText
import TenorVectorize
import TenorSupport

extension ToneScorer {
    /// The text's compound, and each word's term (lower-cased as the vocabulary looks it up) and
    /// its contribution after the rules: what ``LexiconLearner`` builds its term matrix from, so
    /// a learned term is spelled as the engine will look it up.
    func termContributions(of text: String) -> (compound: Double, terms: [String], contributions: [Double]) {
        let bytes = TextBytes(Array(text.utf8))
        let (scores, words) = contributions(of: bytes, in: 0..<bytes.count)
        return (scores.compound, words.map { Self.term(of: $0.word) }, words.map(\.contribution))
    }

    /// `word` lower-cased as the word splitter lower-cases it (Python's `str.lower()`).
    static func term(of word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let bytes = Array(word.utf8)
        var lowered = String.UnicodeScalarView()
        var index = 0
        while let (scalar, width) = UTF8Scanner.scalar(in: bytes, at: index, limit: bytes.count) {
            lowered.append(contentsOf: Lowercasing.lowercased(scalar, in: bytes, at: index, width: width, range: 0..<bytes.count))
            index += width
        }
        return String(lowered)
    }

    /// The lexicon valence of `term` (nil when no lexicon scores it).
    func valence(of term: String) -> Double? {
        entry(of: term).valence
    }

    /// Whether a valence learned for `term` would be read as one: it holds a letter, and it is
    /// no rule word (booster, negation, `but`, `least`, `like`, …, or containing `n't`) and no
    /// English stop word — the words the tenor lexicon never takes a valence for either.
    func mayLearn(_ term: String) -> Bool {
        let entry = entry(of: term)
        return term.contains(where: \.isLetter) && entry.booster == nil && !entry.negates && entry.role == .other
            && !term.contains("n't") && !ToneLexicon.ruleWords.contains(term) && !StopWords.english.words.contains(term)
    }

    private func entry(of term: String) -> WordEntry {
        let bytes = Array(term.utf8)
        let entry = bytes.withUnsafeBufferPointer { vocabulary.entry(of: $0) }
        return vocabulary.entries[Int(entry)]
    }
}
