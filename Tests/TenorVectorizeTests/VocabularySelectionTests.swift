import Testing
import TenorText
@testable import TenorVectorize

/// Chunks merged by ranges of first bytes: whatever the number of ranges, the same sorted
/// vocabulary, document frequencies and columns.
@Suite struct VocabularySelectionTests {
    /// Three chunks of one document, one paragraph each.
    static func chunks(options: VectorizerOptions) -> [TermCounts] {
        let text = "apple banana apple\n\nbanana zebra apple\n\ncherry apple éclair"
        let document = Document(name: "t", text: Array(text.utf8))
        let paragraphs = document.paragraphs.map { ParagraphReference(document: 0, range: $0) }
        return paragraphs.indices.map { TermCounts(paragraphs: paragraphs[$0...$0], of: [document], options: options) }
    }

    @Test(arguments: [1, 2, 3, 5])
    func rangesOfFirstBytesAgree(parts: Int) throws {
        let options = try VectorizerOptions()
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3, parts: parts)
        // Code-point order: 'é' (U+00E9) sorts after every ASCII letter.
        #expect(Array(selection.vocabulary) == ["apple", "banana", "cherry", "zebra", "éclair"])
        // apple in 3 paragraphs, banana in 2, the rest in 1.
        #expect(selection.documentFrequencies == [3, 2, 1, 1, 1])
        // Chunk-local ids number terms in order of first sight within each chunk.
        #expect(selection.columnsOfChunks == [[0, 1], [1, 3, 0], [2, 0, 4]])
    }

    @Test(arguments: [1, 2])
    func documentFrequencyBoundsDropTerms(parts: Int) throws {
        let options = try VectorizerOptions(minDocumentFrequency: .count(2))
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3, parts: parts)
        #expect(Array(selection.vocabulary) == ["apple", "banana"])
        #expect(selection.columnsOfChunks == [[0, 1], [1, -1, 0], [-1, 0, -1]])
    }

    @Test func maxFeaturesRanksAcrossRanges() throws {
        // Totals: apple 4, banana 2, the rest 1; the two most frequent are kept in column order.
        let options = try VectorizerOptions(maxFeatures: 2)
        let selection = try VocabularySelection(chunks: Self.chunks(options: options), options: options, documents: 3, parts: 2)
        #expect(Array(selection.vocabulary) == ["apple", "banana"])
    }
}
