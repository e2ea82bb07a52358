import Testing
import TenorText
@testable import TenorVectorize

/// Chunks sorted and merged: the vocabulary in code-point order, with summed counts and each
/// chunk's columns.
@Suite struct VocabularySelectionTests {
    /// Three chunks of one document, one paragraph each.
    static func chunks(options: VectorizerOptions,
                       text: String = "apple banana apple\n\nbanana zebra apple\n\ncherry apple éclair") -> [TermCounts] {
        let document = Document(name: "t", text: Array(text.utf8))
        return document.paragraphs.indices.map {
            TermCounts(runs: [ParagraphRun(document: 0, paragraphs: $0..<($0 + 1))], of: [document], options: options, batch: $0)
        }
    }

    @Test func mergedInCodePointOrder() throws {
        let options = try VectorizerOptions()
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3)
        // Code-point order: 'é' (U+00E9) sorts after every ASCII letter.
        #expect(Array(selection.vocabulary) == ["apple", "banana", "cherry", "zebra", "éclair"])
        // apple in 3 paragraphs, banana in 2, the rest in 1; apple 4 times, the rest once.
        #expect(selection.documentFrequencies == [3, 2, 1, 1, 1])
        #expect(selection.totals == [4, 2, 1, 1, 1])
        // Chunk-local ids number terms in order of first sight within each chunk.
        #expect(selection.columnsOfChunks == [[0, 1], [1, 3, 0], [2, 0, 4]])
    }

    /// Terms that share their first eight bytes, or where one is the start of another, are
    /// ordered by their remaining bytes and their length.
    @Test func longTermsSharingPrefixes() throws {
        let options = try VectorizerOptions()
        let texts = ["internationalization internationalize", "international internationalization", "internal"]
        let documents = texts.map { Document(name: $0, text: Array($0.utf8)) }
        let chunks = documents.indices.map { index in
            TermCounts(runs: [ParagraphRun(document: index, paragraphs: 0..<1)], of: documents, options: options, batch: index)
        }
        let selection = try VocabularySelection(chunks: chunks, options: options, documents: 3)
        #expect(Array(selection.vocabulary) == ["internal", "international", "internationalization", "internationalize"])
        #expect(selection.documentFrequencies == [1, 1, 2, 1])
        #expect(selection.columnsOfChunks == [[2, 3], [1, 2], [0]])
    }

    /// Terms counted in no paragraph (stop words are interned, then left out) get no column.
    @Test func uncountedTermsGetNoColumn() throws {
        let options = try VectorizerOptions(stopWords: .english)
        let selection = try VocabularySelection(chunks: Self.chunks(options: options, text: "the apple\n\nan apple"),
                                                options: options, documents: 2)
        #expect(Array(selection.vocabulary) == ["apple"])
        #expect(selection.columnsOfChunks == [[-1, 0], [-1, 0]])
    }

    @Test func documentFrequencyBoundsDropTerms() throws {
        let options = try VectorizerOptions(minDocumentFrequency: .count(2))
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3)
        #expect(Array(selection.vocabulary) == ["apple", "banana"])
        #expect(selection.columnsOfChunks == [[0, 1], [1, -1, 0], [-1, 0, -1]])
    }

    @Test func maxFeaturesRanksAcrossChunks() throws {
        // Totals: apple 4, banana 2, the rest 1; the two most frequent are kept in column order.
        let options = try VectorizerOptions(maxFeatures: 2)
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3)
        #expect(Array(selection.vocabulary) == ["apple", "banana"])
        #expect(selection.columnsOfChunks == [[0, 1], [1, -1, 0], [-1, 0, -1]])
    }
    /// Merged in several ranges at once or in one, the same selection: ranges are cut between
    /// different first eight bytes, and terms sharing them (long ones, prefixes of others) stay
    /// in one range.
    /// Four chunks of six paragraphs of words that share prefixes, some non-ASCII.
    static func wordChunks(options: VectorizerOptions) -> [TermCounts] {
        let words = ["internal", "international", "internationalization", "internationalize", "inter",
                     "apple", "banana", "cherry", "zebra", "éclair", "über", "a1", "b2", "zz", "interna"]
        let documents = (0..<4).map { chunk in
            Document(name: "\(chunk)", text: Array((0..<6).map { paragraph in
                (0..<8).map { words[(chunk * 7 + paragraph * 3 + $0 * 5) % words.count] }.joined(separator: " ")
            }.joined(separator: "\n\n").utf8))
        }
        return documents.indices.map {
            TermCounts(runs: [ParagraphRun(document: $0, paragraphs: 0..<6)], of: documents, options: options, batch: $0)
        }
    }

    @Test(arguments: [2, 3, 5, 40])
    func mergedInRangesAsInOne(parts: Int) throws {
        let options = try VectorizerOptions(ngramRange: 1...2)
        let chunks = Self.wordChunks(options: options)
        let one = try VocabularySelection(chunks: chunks, options: options, documents: 24, mergeParts: 1)
        let many = try VocabularySelection(chunks: chunks, options: options, documents: 24, mergeParts: parts)
        #expect(Array(many.vocabulary) == Array(one.vocabulary))
        #expect(many.documentFrequencies == one.documentFrequencies)
        #expect(many.totals == one.totals)
        #expect(many.columnsOfChunks == one.columnsOfChunks)
        #expect(one.vocabulary.count >= 20)   // 15 words and the pairs of them that occur
    }

    /// A vocabulary kept whole is taken as merged; a limit that drops nothing goes the way of
    /// pruning (picking terms, mapping columns) and must come to the same selection.
    @Test func keptWholeAsPruned() throws {
        let whole = try VectorizerOptions(ngramRange: 1...2)
        let limited = try VectorizerOptions(ngramRange: 1...2, maxFeatures: 1_000)
        let taken = try VocabularySelection(chunks: Self.wordChunks(options: whole), options: whole, documents: 24)
        let picked = try VocabularySelection(chunks: Self.wordChunks(options: limited), options: limited, documents: 24)
        #expect(Array(taken.vocabulary) == Array(picked.vocabulary))
        #expect(taken.documentFrequencies == picked.documentFrequencies)
        #expect(taken.totals == picked.totals)
        #expect(taken.columnsOfChunks == picked.columnsOfChunks)
        #expect(taken.vocabulary.count >= 20 && taken.vocabulary.count < 1_000)
    }
}

/// The radix sort of term prefixes, against a comparison sort of the same keys.
@Suite struct PrefixSortTests {
    /// Seeded keys that share high bytes, low bytes and whole prefixes (runs of equal prefixes
    /// both shorter and longer than 32); ties broken by a second key, then by id, so the order is
    /// total and a comparison sort gives the one right answer.
    @Test func radixOrderIsComparisonOrder() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        for size in [0, 1, 2, 255, 256, 1_000, 20_000] {
            var shuffler = SeededRandom(state: next())
            let keys: [PrefixSort.Keyed] = (0..<size).map { id in
                // Few distinct bytes in most places, so that equal bytes occur; an eighth of the
                // keys among 27 prefixes and a quarter among 432, so that runs of equal prefixes
                // of both lengths do.
                let spread: UInt64 = id % 8 == 1 ? 1 : id % 4 == 0 ? 2 : 200
                let prefix = (0..<8).reduce(UInt64(0)) { key, place in key << 8 | (place == 0 ? 0x61 : next() % (place < 4 ? 3 : spread)) }
                return (prefix, Int32(id))
            }.shuffled(using: &shuffler)
            // Ties: by id modulo 7 first (standing in for the next eight bytes), then by id, descending.
            let sorted = PrefixSort.sorted(keys, tieKey: { UInt64($0 % 7) }, breakingTies: { $0 > $1 })
            let expected = keys.sorted {
                $0.prefix != $1.prefix ? $0.prefix < $1.prefix : $0.id % 7 != $1.id % 7 ? $0.id % 7 < $1.id % 7 : $0.id > $1.id
            }
            #expect(sorted.map(\.prefix) == expected.map(\.prefix) && sorted.map(\.id) == expected.map(\.id), "size \(size)")
        }
    }
}

/// A xorshift generator, so the shuffle is the same every run.
private struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return state
    }
}
