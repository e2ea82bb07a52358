import TenorVectorize

/// Every word the rules know, interned once: lexicon valences, boosters, negations, the role
/// words, the words of the special phrases, and the emoji descriptions.
///
/// Entry 0 stands for every unknown word, so a word's entry is always valid.
struct ToneVocabulary: Sendable {
    private var table = TermTable(capacity: 1 << 14)
    /// Entries by id + 1; `entries[0]` is the unknown word.
    private(set) var entries: [WordEntry] = [WordEntry()]
    /// Special-case phrases (`the shit`, `kiss of death`) and their valences.
    private(set) var specialCases: [PhraseKey: Double] = [:]
    /// Booster phrases of two words (`kind of`, `sort of`, `just enough`) and their scalars.
    private(set) var boosterPhrases: [PhraseKey: Double] = [:]
    /// The description of each emoji that is one code point (UTF-8 bytes).
    private(set) var emoji: [UInt32: [UInt8]] = [:]

    /// Lexicons in order, a later one overriding an earlier one's valence for the same term.
    init(lexicons: [ToneLexicon], wordLists: ToneWordLists) {
        for lexicon in lexicons {
            for (term, valence) in lexicon.entries { entries[entry(for: term)].valence = valence }
        }
        for (term, scalar) in wordLists.boosters {
            let words = term.split(separator: " ")
            if words.count == 1 {
                entries[entry(for: term)].booster = scalar
            } else if let key = phraseKey(words) {
                boosterPhrases[key] = scalar
            }
        }
        for term in wordLists.negations { entries[entry(for: term)].negates = true }
        for (spelling, role) in WordRole.spellings { entries[entry(for: spelling)].role = role }
        for (phrase, valence) in wordLists.specialCases {
            if let key = phraseKey(phrase.split(separator: " ")) { specialCases[key] = valence }
        }
        for (symbol, description) in wordLists.emoji {
            let scalars = symbol.unicodeScalars
            if scalars.count == 1 { emoji[scalars.first!.value] = Array(description.utf8) }
        }
    }

    /// The entry of a lower-case word (0 if unknown).
    @inline(__always)
    func entry(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        table.position(of: word).map { $0.id + 1 } ?? 0
    }

    /// The entry of `term`, added if new.
    private mutating func entry<S: StringProtocol>(for term: S) -> Int {
        var bytes = Array(term.utf8)
        let id = bytes.withUnsafeMutableBufferPointer { table.place(UnsafeBufferPointer($0), payload: 0).position.id }
        if Int(id) + 1 == entries.count { entries.append(WordEntry()) }
        return Int(id) + 1
    }

    /// The key of a phrase of two or three words, its words added to the vocabulary.
    private mutating func phraseKey(_ words: [Substring]) -> PhraseKey? {
        guard words.count == 2 || words.count == 3 else { return nil }
        let ids = words.map { Int32(entry(for: $0)) }
        return PhraseKey(first: ids[0], second: ids[1], third: ids.count == 3 ? ids[2] : -1)
    }
}
