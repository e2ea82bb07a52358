/// Counts the syllables of English words: the CMU Pronouncing Dictionary first, rules otherwise.
///
/// Counts are what a reader would say: `Lexicons/cmudict-syllables.txt` gives the number of vowel
/// sounds in a word's first CMUdict pronunciation, and ``estimatedSyllables(in:)`` guesses from the
/// spelling for words the dictionary lacks. Case does not matter; a typographic apostrophe (’)
/// counts as `'`. Words are taken apart where a tokenizer may have joined them: a hyphenated or
/// slashed word is the sum of its parts (`well-being` → 1 + 2), digits and other ASCII punctuation
/// separate parts and add nothing (`covid-19` → 2, `1990` → 0), a possessive adds a syllable only
/// after a hissing sound (`city's` → 2, `church's` → 2), and quotes around a word are ignored.
public struct SyllableCounter: Sendable {
    private let table: SyllableTable

    /// A counter that looks words up in `table`, the text of a `Lexicons/` syllable file:
    /// `# ` comment lines, then `<word><TAB><count>` lines with lower-case words.
    public init(table: String) {
        self.table = SyllableTable(parsing: table)
    }

    /// CMUdict's counts for 125,938 words, from the copy of `Lexicons/cmudict-syllables.txt`
    /// compiled into the binary; the table is built on first use.
    public static let english = SyllableCounter(table: EmbeddedLexicons.cmudictSyllables)

    /// No table at all: every word goes to the rules.
    private static let rulesOnly = SyllableCounter(table: "")

    /// The number of words in the table.
    var tableCount: Int { table.count }

    /// The syllables of `word`: its table count when the table has it, the rules' estimate
    /// otherwise; at least 1 when the word has a letter, 0 when it has none (`42`, `—`, ``).
    public func syllables(in word: String) -> Int {
        syllables(inNormalizedWord: word.utf8)
    }

    /// ``syllables(in:)`` for the UTF-8 bytes of a word, without creating a `String`: the fast path
    /// for tokens that are already lower-case byte ranges. (Upper-case ASCII is folded anyway.)
    public func syllables(inNormalizedWord utf8: some Collection<UInt8>) -> Int {
        // One generic call, then everything runs on a plain buffer: this function is not
        // specialized across modules, and stepping through an unknown collection costs more
        // than the lookup itself.
        if let syllables = utf8.withContiguousStorageIfAvailable(syllables(inBytes:)) { return syllables }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
            let end = buffer.initialize(fromContentsOf: utf8)
            return syllables(inBytes: UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    /// ``syllables(in:)`` for a word's UTF-8 bytes in a buffer the caller holds: the hot path for
    /// tokens, with nothing generic between the caller and the lookup (a generic call here is not
    /// specialized across modules and would copy this counter, table and all, for every word).
    public func syllables(inUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int {
        // Most words are lower-case ASCII letters, already in the table's form: look them up
        // as they are, without copying them into a normalized buffer.
        if !utf8.isEmpty, utf8.allSatisfy({ $0 &- 0x61 < 26 }), let known = table.syllables(of: utf8) { return known }
        return syllables(inBytes: utf8)
    }

    private func syllables(inBytes utf8: UnsafeBufferPointer<UInt8>) -> Int {
        // The normalized word is never longer than the input; a temporary allocation of this
        // size stays on the stack for any real word.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(utf8.count, 1)) { buffer in
            let length = Self.normalize(utf8, into: buffer)
            return count(UnsafeBufferPointer(rebasing: buffer[..<length]))
        }
    }

    /// The rule-based estimate alone, without the table (what ``english`` falls back on).
    public static func estimatedSyllables(in word: String) -> Int {
        rulesOnly.syllables(in: word)
    }

    /// Copies `utf8` into `buffer` with ASCII letters lower-cased and ’ ‘ ʼ turned into `'`, the
    /// only apostrophe the table uses; returns the number of bytes written.
    private static func normalize(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        var index = 0
        while index < utf8.count {
            var byte = utf8[index]
            index += 1
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                byte |= 0x20
            } else if byte == 0xE2, index + 1 < utf8.count, utf8[index] == 0x80, utf8[index + 1] == 0x98 || utf8[index + 1] == 0x99 {
                // U+2018 and U+2019 are E2 80 98 and E2 80 99.
                byte = UInt8(ascii: "'")
                index += 2
            } else if byte == 0xCA, index < utf8.count, utf8[index] == 0xBC {
                // U+02BC is CA BC.
                byte = UInt8(ascii: "'")
                index += 1
            }
            buffer[length] = byte
            length += 1
        }
        return length
    }

    /// Table, then parts, then apostrophes, then the rules, for a normalized word.
    private func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = table.syllables(of: word) { return known }
        if word.contains(where: Self.separatesParts) {
            return word.split(whereSeparator: Self.separatesParts)
                .reduce(0) { $0 + count(UnsafeBufferPointer(rebasing: $1)) }
        }
        let apostrophe = UInt8(ascii: "'")
        if word.first == apostrophe || word.last == apostrophe {
            // Quotes, or a plural possessive (`cities'`): the word inside is what is said.
            var start = 0, end = word.count
            while start < end, word[start] == apostrophe { start += 1 }
            while end > start, word[end - 1] == apostrophe { end -= 1 }
            return count(UnsafeBufferPointer(rebasing: word[start ..< end]))
        }
        if word.count > 2, word[word.count - 2] == apostrophe, word[word.count - 1] == UInt8(ascii: "s"),
           let base = table.syllables(of: UnsafeBufferPointer(rebasing: word[..<(word.count - 2)])) {
            return base + (SyllableRules.endsInSibilant(word[..<(word.count - 2)]) ? 1 : 0)
        }
        return SyllableRules.estimate(word)
    }

    /// ASCII other than letters and apostrophes: hyphens, slashes, digits, full stops…
    private static func separatesParts(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != UInt8(ascii: "'") && !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }
}
