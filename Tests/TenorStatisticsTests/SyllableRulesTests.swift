import Testing
import TenorStatistics

@Suite struct SyllableRulesTests {
    /// Counted by hand (and by ear); each word exercises a rule of the fallback.
    @Test(arguments: [
        ("cat", 1), ("strength", 1), ("banana", 3), ("happy", 2), ("made", 1),          // vowel groups, final e
        ("jumped", 1), ("played", 1), ("wanted", 2),                                    // -ed after t/d only
        ("makes", 1), ("boxes", 2), ("wishes", 2), ("judges", 2),                       // -es after a hiss
        ("table", 2), ("tables", 2), ("little", 2), ("acre", 2),                        // syllabic -le, -re
        ("unique", 2), ("league", 1),                                                   // silent -que, -gue
        ("rhythm", 2), ("criticism", 4),                                                // syllabic -thm, -sm
        ("statement", 2), ("carefully", 3), ("gatekeeper", 3),                          // silent e inside
        ("basically", 3),                                                               // -ically
        ("piano", 3), ("video", 3), ("idea", 3), ("fluid", 2), ("cruel", 2),            // hiatus
        ("quiet", 2), ("science", 2), ("happier", 3), ("being", 2), ("going", 2),
        ("nation", 2), ("precious", 2), ("million", 2), ("lion", 2),                    // -tion, -cious, -llion
        ("yes", 1), ("canyon", 2), ("lawyer", 2), ("player", 2), ("flyer", 2),          // y as consonant or vowel
        ("teacher", 2), ("beautiful", 3), ("experience", 4),
        ("frobnicate", 3), ("glorpification", 5), ("cromulent", 3), ("embiggen", 3),    // not in any dictionary
        ("blargh", 1), ("zizzling", 2),
    ])
    func handCountedWords(word: String, expected: Int) {
        #expect(SyllableCounter.estimatedSyllables(in: word) == expected)
    }

    @Test(arguments: [
        ("don't", 1), ("didn't", 2), ("couldn't", 2), ("city's", 2), ("church's", 2), ("george's", 2),
        ("they'll", 1), ("you've", 1),
    ])
    func contractionsAndPossessives(word: String, expected: Int) {
        #expect(SyllableCounter.estimatedSyllables(in: word) == expected)
    }

    @Test(arguments: [("café", 2), ("naïve", 2), ("Zoë", 2), ("résumé", 3), ("crème", 1), ("ÉCOLE", 2)])
    func accentedVowelsAreAlwaysSounded(word: String, expected: Int) {
        #expect(SyllableCounter.estimatedSyllables(in: word) == expected)
    }

    @Test func wordsWithoutLettersHaveNoSyllablesAndWordsWithLettersAtLeastOne() {
        for word in ["", "2024", "3.14", "--", "'", "?!"] { #expect(SyllableCounter.estimatedSyllables(in: word) == 0) }
        for word in ["x", "hmm", "b2b", "shh", "ß", "東京"] { #expect(SyllableCounter.estimatedSyllables(in: word) >= 1) }
        #expect(SyllableCounter.estimatedSyllables(in: "well-being") == 3)   // parts: well + being
    }
}
