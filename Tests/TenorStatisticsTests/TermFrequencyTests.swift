import Testing
import TenorStatistics
import TenorVectorize

@Suite struct TermFrequencyTests {
    /// Columns: and, barks, cat, dog, the. Counts 1, 1, 2, 2, 3; paragraphs 1, 1, 2, 2, 2.
    private let text = "the cat and the dog\n\nthe dog barks\n\ncat"

    @Test func byCountThenTermOrder() throws {
        let matrix = try countMatrix(text)
        #expect(matrix.mostFrequentTerms(limit: 10) == [
            TermFrequency(term: "the", count: 3, documentFrequency: 2),
            TermFrequency(term: "cat", count: 2, documentFrequency: 2),
            TermFrequency(term: "dog", count: 2, documentFrequency: 2),
            TermFrequency(term: "and", count: 1, documentFrequency: 1),
            TermFrequency(term: "barks", count: 1, documentFrequency: 1),
        ])
        #expect(matrix.mostFrequentTerms(limit: 2).map(\.term) == ["the", "cat"])
        #expect(matrix.mostFrequentTerms(limit: 0).isEmpty)
    }

    @Test func overARunOfParagraphs() throws {
        let matrix = try countMatrix(text)
        // The second paragraph alone: three terms once each, in term order; the others left out.
        #expect(matrix.mostFrequentTerms(rows: 1..<2, limit: 10) == [
            TermFrequency(term: "barks", count: 1, documentFrequency: 1),
            TermFrequency(term: "dog", count: 1, documentFrequency: 1),
            TermFrequency(term: "the", count: 1, documentFrequency: 1),
        ])
        #expect(matrix.mostFrequentTerms(rows: 1..<3, limit: 10).map(\.term) == ["barks", "cat", "dog", "the"])
        #expect(matrix.mostFrequentTerms(rows: 2..<2, limit: 10).isEmpty)
    }

    @Test func stopWordsAndTokenPatternComeFromTheVectorizer() throws {
        let content = try countMatrix(text, stopWords: .english)
        #expect(content.mostFrequentTerms(limit: 10).map(\.term) == ["cat", "dog", "barks"])
        // Tenor's words keep contractions whole; scikit-learn's pattern splits them.
        let words = try countMatrix("Don't stop. Don't go.", tokenPattern: .words)
        #expect(words.mostFrequentTerms(limit: 1) == [TermFrequency(term: "don't", count: 2, documentFrequency: 1)])
        let sklearn = try countMatrix("Don't stop. Don't go.")
        #expect(sklearn.mostFrequentTerms(limit: 1) == [TermFrequency(term: "don", count: 2, documentFrequency: 1)])
    }
}
