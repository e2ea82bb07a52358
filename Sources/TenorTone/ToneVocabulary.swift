import TenorSupport

/// Every word the rules know, interned once: lexicon valences, boosters, negations, the role
/// words, the words of the special phrases, and the emoji descriptions. Shared by reference:
/// scoring a text copies no tables.
///
/// Entry 0 stands for every unknown word, so a word's entry is always valid.
final class ToneVocabulary: Sendable {
    /// Every known word's bytes, interned in the table the vectorizer and the syllable counter
    /// use too; a word's entry is its id + 1.
    let terms: TermTable
    /// Rules out most unknown words before the table is read (``TermFilter``).
    let filter: TermFilter
    /// The longest known word in bytes: a longer word is unknown without a lookup.
    let longestTerm: Int
    /// Entries by number; `entries[0]` is the unknown word.
    let entries: WordEntries
    /// The memory ``entries`` reads, freed with the vocabulary (never written after `init`).
    nonisolated(unsafe) private let entryStorage: UnsafeMutableBufferPointer<WordEntry>
    /// Special-case phrases (`the shit`, `kiss of death`) and their valences.
    let specialCases: [PhraseKey: Double]
    /// Booster phrases (`kind of`, `sort of`, `just enough`) and their scalars.
    let boosterPhrases: [PhraseKey: Double]
    /// Lexicon entries of two or three words (`can't stand`, `down the drain`) and the entry
    /// that holds each one's valence (``PhraseJoiner``; tenor rules only).
    let lexiconPhrases: [PhraseKey: Int32]
    /// The description of each emoji that is one code point (UTF-8 bytes).
    let emoji: [UInt32: [UInt8]]
    /// One bit per code point below U+20000 that is an emoji key: most non-ASCII characters
    /// (curly quotes, dashes, accented letters) are ruled out without hashing.
    let emojiBits: [UInt64]
    /// The emoji of several code points (`❤️`, `👍🏽`, flags) and their descriptions, for rules
    /// that match them whole (empty for the others); with them each emoji written without its
    /// U+FE0F (`❤` for `❤️`), unless that is an emoji of its own.
    let emojiSequences: [[UInt32]: [UInt8]]
    /// The most code points in one emoji.
    let longestEmojiSequence: Int
    /// First code points of the emoji of several code points.
    private let sequenceStarts: Set<UInt32>
    /// Second code points of the emoji that start with an ASCII character (the keycaps `#️⃣`,
    /// `1⃣`: U+FE0F, U+20E3): a text holding one may hold such an emoji.
    private let asciiLedSequenceMarks: Set<UInt32>

    /// Lexicons in order, a later one overriding an earlier one's valence for the same term; a
    /// term repeated within one lexicon takes its last value, or with the rules'
    /// `lastDuplicateWins` off, the mean of its values. Emoji written without their U+FE0F are
    /// listed only for rules that match emoji whole.
    init(lexicons: [ToneLexicon], wordLists: ToneWordLists, rules: ToneRules) {
        var builder = Builder()
        for lexicon in lexicons {
            var repeated: [Int: (sum: Double, count: Int)] = [:]
            for (term, valence) in lexicon.entries {
                let entry = builder.entry(for: term)
                builder.entries[entry].valence = valence
                if !rules.lastDuplicateWins {
                    let (sum, count) = repeated[entry] ?? (0, 0)
                    repeated[entry] = (sum + valence, count + 1)
                }
            }
            for (entry, values) in repeated where values.count > 1 {
                builder.entries[entry].valence = values.sum / Double(values.count)
            }
        }
        if !rules.expressivesNegated || !rules.laughterWeighsAsRated {
            for lexicon in lexicons {
                for (term, _) in lexicon.entries where Expressive.isEmoticon(term) {
                    builder.entries[builder.entry(for: term)].expressive = .emoticon
                }
            }
            for term in Expressive.laughterTerms { builder.entries[builder.entry(for: term)].expressive = .laughter }
        }
        var lexiconPhrases: [PhraseKey: Int32] = [:]
        if !rules.multiWordEntriesIgnored {
            for lexicon in lexicons {
                for (term, _) in lexicon.entries where ToneLexicon.isPhrase(term) {
                    // The phrase's own entry is its spelling with spaces, which no word matches.
                    guard let key = builder.phraseKey(term.split(separator: " "), kind: .lexicon) else { continue }
                    lexiconPhrases[key] = Int32(builder.entry(for: term))
                }
            }
            for phrase in NegatingPhrases.phrases {
                guard let key = builder.phraseKey(phrase.split(separator: " "), kind: .lexicon) else { continue }
                let entry = builder.entry(for: phrase)
                builder.entries[entry].negates = true
                lexiconPhrases[key] = Int32(entry)
            }
        }
        var boosterPhrases: [PhraseKey: Double] = [:]
        for (term, scalar) in wordLists.boosters {
            let words = term.split(separator: " ")
            if words.count == 1 {
                builder.entries[builder.entry(for: term)].booster = scalar
            } else if let key = builder.phraseKey(words, kind: .rule) {
                boosterPhrases[key] = scalar
            }
        }
        for term in wordLists.negations { builder.entries[builder.entry(for: term)].negates = true }
        for (spelling, role) in WordRole.spellings { builder.entries[builder.entry(for: spelling)].role = role }
        if !rules.onlyButContrasts {
            for (spelling, role) in WordRole.contrasts { builder.entries[builder.entry(for: spelling)].role = role }
        }
        if !rules.moodIgnored {
            for spelling in WordRole.modals { builder.entries[builder.entry(for: spelling)].role = .modal }
        }
        if !rules.tooIsNeutral { builder.entries[builder.entry(for: "too")].role = .too }
        if !rules.likeIsAlwaysAVerb {
            for word in ComparisonLike.determiners { builder.entries[builder.entry(for: word)].isDeterminer = true }
            for word in ComparisonLike.verbContext { builder.entries[builder.entry(for: word)].makesLikeAVerb = true }
        }
        var specialCases: [PhraseKey: Double] = [:]
        for (phrase, valence) in wordLists.specialCases {
            if let key = builder.phraseKey(phrase.split(separator: " "), kind: .rule) { specialCases[key] = valence }
        }
        var emoji: [UInt32: [UInt8]] = [:]
        var emojiBits = [UInt64](repeating: 0, count: 0x20000 / 64)
        var emojiSequences: [[UInt32]: [UInt8]] = [:]
        for (symbol, description) in wordLists.emoji {
            var scalars = symbol.unicodeScalars.makeIterator()
            guard let value = scalars.next()?.value else { continue }
            if scalars.next() != nil {
                // Only rules that match emoji whole look them up (and VADER's lexicon is built
                // at every start).
                if !rules.singleCodePointEmoji { emojiSequences[symbol.unicodeScalars.map(\.value)] = Array(description.utf8) }
                continue
            }
            emoji[value] = Array(description.utf8)
            if value < 0x20000 { emojiBits[Int(value) / 64] |= 1 << UInt64(value % 64) }
        }
        // People often leave out the U+FE0F that asks for the emoji presentation.
        for (symbol, description) in wordLists.emoji where !rules.singleCodePointEmoji {
            let bare = symbol.unicodeScalars.map(\.value).filter { $0 != 0xFE0F }
            if bare.isEmpty || emojiSequences[bare] != nil || (bare.count == 1 && emoji[bare[0]] != nil) { continue }
            emojiSequences[bare] = Array(description.utf8)
        }
        self.emojiSequences = emojiSequences
        longestEmojiSequence = emojiSequences.keys.map(\.count).max() ?? 1
        sequenceStarts = Set(emojiSequences.keys.map { $0[0] })
        asciiLedSequenceMarks = Set(emojiSequences.keys.filter { $0[0] < 0x80 && $0.count > 1 }.map { $0[1] })
        terms = builder.terms
        filter = TermFilter(builder.terms)
        longestTerm = builder.longestTerm
        entryStorage = .allocate(capacity: builder.entries.count)
        _ = entryStorage.initialize(from: builder.entries)
        entries = WordEntries(UnsafeBufferPointer(entryStorage))
        self.specialCases = specialCases
        self.boosterPhrases = boosterPhrases
        self.lexiconPhrases = lexiconPhrases
        self.emoji = emoji
        self.emojiBits = emojiBits
    }

    deinit {
        entryStorage.deallocate()
    }

    /// The description of the emoji `scalar`, if it is one.
    @inline(__always)
    func description(ofEmoji scalar: UInt32) -> [UInt8]? {
        if scalar < 0x20000 && emojiBits[Int(scalar) / 64] & (1 << UInt64(scalar % 64)) == 0 { return nil }
        return emoji[scalar]
    }

    /// Whether an emoji of several code points starts with `scalar`.
    func mayStartEmojiSequence(_ scalar: UInt32) -> Bool { sequenceStarts.contains(scalar) }

    /// Whether the non-ASCII `scalar` may belong to an emoji: start one of one code point, or
    /// with `sequences`, start or follow the ASCII start of one of several.
    @inline(__always)
    func mayBeEmoji(_ scalar: UInt32, sequences: Bool) -> Bool {
        description(ofEmoji: scalar) != nil
            || (sequences && (mayStartEmojiSequence(scalar) || asciiLedSequenceMarks.contains(scalar)))
    }

    /// The entry of a lower-case word (0 if unknown).
    @inline(__always)
    func entry(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        entry(of: word, prefix: TermTable.Key.prefix(of: word))
    }

    /// ``entry(of:)`` for a caller that has the word's first eight bytes, zero-padded.
    @inline(__always)
    func entry(of word: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int32 {
        guard word.count <= longestTerm else { return 0 }
        let key = TermTable.Key(word, prefix: prefix)
        guard filter.mayContain(key), let position = terms.position(of: word, key: key) else { return 0 }
        return position.id + 1
    }

    /// The tables while they are filled.
    private struct Builder {
        var terms = TermTable()
        var longestTerm = 0
        var entries = [WordEntry()]

        /// The entry of `term`, added if new.
        mutating func entry<S: StringProtocol>(for term: S) -> Int {
            var term = String(term)
            let (id, isNew) = term.withUTF8 { terms.intern($0) }
            if isNew {
                entries.append(WordEntry())
                longestTerm = max(longestTerm, term.utf8.count)
            }
            return Int(id) + 1
        }

        /// The key of a phrase of two or three words, its words added to the vocabulary and
        /// marked as words of a phrase of `kind`.
        mutating func phraseKey(_ words: [Substring], kind: WordEntry.PhraseKind) -> PhraseKey? {
            guard words.count == 2 || words.count == 3 else { return nil }
            let ids = words.map { Int32(entry(for: $0)) }
            for (position, id) in ids.enumerated() { entries[Int(id)].phrasePositions |= 1 << (position + kind.rawValue) }
            return PhraseKey(first: ids[0], second: ids[1], third: ids.count == 3 ? ids[2] : -1)
        }
    }
}
