import Testing
import TenorText
@testable import TenorStatistics

@Suite struct TextCounterTests {
    /// Paragraphs that take every path of the counter: capitalised and upper-case words (the memo
    /// folds case), a word of exactly 16 bytes and one of 17 (never remembered), non-ASCII words,
    /// numbers, hyphens and apostrophes, CR LF and tabs, a repeated word not in CMUdict, and a
    /// last word that ends the buffer (its memo key is read byte by byte).
    static let paragraphs = [
        "The THE the tHe. Readability REALLY matters, doesn't it? Well-being: 3.5 covid-19 words.",
        "Counterrevolutio abcdefghijklmnopq antidisestablishmentarianism\r\nflorbixate florbixate.",
        "Café Zoë naïve résumé — “quoted” Müller’s façade; 東京 and привет.\tTabbed\tline.",
        "Short. And the end word Xylophones",
    ]

    static var text: TextBytes { TextBytes(Array(paragraphs.joined(separator: "\n\n").utf8)) }

    /// A counter that remembers words counts exactly as a fresh count of each paragraph does,
    /// on the first pass (words being remembered) and the second (words answered by the memo).
    @Test func aRememberingCounterCountsAsAFreshCount() {
        let text = Self.text
        let document = Document(name: "counter", text: Array(text))
        #expect(document.paragraphs.count == Self.paragraphs.count)
        var counter = TextCounter()
        for _ in 1...2 {
            for range in document.paragraphs {
                #expect(counter.counts(range, in: text) == TextCounts(range, in: text))
            }
        }
    }

    /// Counts by hand: "The THE the tHe." has four words of one syllable (CMUdict: DH AH0), one
    /// sentence, 12 letters, 16 characters, four whitespace tokens.
    @Test func caseDoesNotChangeARememberedWord() {
        let text = TextBytes(Array("The THE the tHe.".utf8))
        var counter = TextCounter()
        let counts = counter.counts(0..<text.count, in: text)
        #expect(counts.words == 4)
        #expect(counts.syllables == 4)
        #expect(counts.letters == 12)
        #expect(counts.sentences == 1)
        #expect(counts.characters == 16)
        #expect(counts.readability.characters == 13)
        #expect(counts.readability.tokens == 4)
    }

    @Test func memoKeysFoldASCIICaseAndCountLetters() throws {
        let text = Array("xx Don't ABCDEFGHIJKLMNOP abcdefghijklmnopq café Hello".utf8)
        func key(_ word: String) -> (SyllableMemo.Key, Int)? {
            let start = text.indices.first { text[$0...].starts(with: word.utf8) }!
            return text.withUnsafeBufferPointer { SyllableMemo.key($0, start ..< start + word.utf8.count) }
                .map { ($0.key, $0.letters) }
        }
        func bytes(_ key: SyllableMemo.Key) -> [UInt8] {
            withUnsafeBytes(of: key) { Array($0) }.filter { $0 != 0 }
        }
        let dont = try #require(key("Don't"))
        #expect(bytes(dont.0) == Array("don't".utf8))
        #expect(dont.1 == 4)
        let sixteen = try #require(key("ABCDEFGHIJKLMNOP"))
        #expect(bytes(sixteen.0) == Array("abcdefghijklmnop".utf8))
        #expect(sixteen.1 == 16)
        #expect(key("abcdefghijklmnopq") == nil)  // 17 bytes
        #expect(key("café") == nil)               // not ASCII
        // At the end of the buffer (fewer than 16 bytes left), read byte by byte: same key.
        let hello = try #require(key("Hello"))
        #expect(bytes(hello.0) == Array("hello".utf8))
        #expect(hello.1 == 5)
    }

    /// A memo of two words is one pair of slots, which every word's hash picks: it keeps the two
    /// words used last and counts a word again only when it was pushed out.
    @Test func aMemoPairKeepsTheTwoWordsUsedLast() throws {
        var memo = SyllableMemo(capacity: 2)
        var counted: [String] = []
        func syllables(_ word: String, counting value: Int) throws -> Int {
            let bytes = Array(word.utf8)
            let key = try #require(bytes.withUnsafeBufferPointer { SyllableMemo.key($0, 0 ..< bytes.count) }).key
            return memo.syllables(of: key) {
                counted.append(word)
                return value
            }
        }
        #expect(try syllables("cat", counting: 1) == 1)
        #expect(try syllables("table", counting: 2) == 2)
        // Both remembered: the values offered now are never asked for.
        #expect(try syllables("cat", counting: 9) == 1)
        #expect(try syllables("table", counting: 9) == 2)
        // A third word pushes out the one used less recently, "cat".
        #expect(try syllables("banana", counting: 3) == 3)
        #expect(try syllables("table", counting: 9) == 2)
        #expect(try syllables("cat", counting: 1) == 1)
        #expect(counted == ["cat", "table", "banana", "cat"])
    }

    /// The sixteen-bytes-at-a-time counts of ASCII text against the scalar definitions (Python's
    /// whitespace, `\r\n` one grapheme), on texts of every length up to 80 bytes from an alphabet
    /// of spaces, line ends, tabs, separators (0x1C–0x1F) and letters, at every start offset.
    @Test func asciiCharacterCountsMatchTheScalarCounts() {
        let alphabet: [UInt8] = [0x20, 0x0D, 0x0A, 0x09, 0x0B, 0x0C, 0x1C, 0x1F, 0x00, 0x08, 0x41, 0x62, 0x2E, 0x2D]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in 0...80 {
            var text: [UInt8] = []
            for _ in 0..<(length + 7) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            for start in 0..<7 {
                let range = start ..< start + length
                let fast = text.withUnsafeBufferPointer { TextCounter.asciiCharacterCounts($0, range) }
                let (scalars, tokens) = text.withUnsafeBufferPointer { TextCounter.nonSpaceScalarsAndTokens($0, range) }
                let graphemes = String(decoding: text[range], as: UTF8.self).count
                #expect(fast?.graphemes == graphemes, "length \(length), start \(start)")
                #expect(fast?.nonSpaceScalars == scalars, "length \(length), start \(start)")
                #expect(fast?.whitespaceTokens == tokens, "length \(length), start \(start)")
            }
        }
        // Not ASCII: no answer, the caller takes the scalar path.
        let accented = Array("une phrase accentuée, assez longue".utf8)
        #expect(accented.withUnsafeBufferPointer { TextCounter.asciiCharacterCounts($0, 0 ..< accented.count) } == nil)
    }

    /// A pool lends each thread its own counter and takes it back: counters come back with
    /// their memos, and counting through the pool matches a fresh count.
    @Test func aPoolCountsAsAFreshCount() {
        let text = Self.text
        let document = Document(name: "pool", text: Array(text))
        let pool = TextCounterPool()
        let ranges = document.paragraphs
        for _ in 1...2 {
            for range in ranges {
                #expect(pool.withCounter { $0.counts(range, in: text) } == TextCounts(range, in: text))
            }
        }
    }
}
