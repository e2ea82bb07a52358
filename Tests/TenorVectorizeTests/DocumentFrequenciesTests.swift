import Foundation
import Testing
import TenorText
@testable import TenorVectorize

/// Counting a corpus in parts, summing the counts and fitting the sum.
@Suite struct DocumentFrequenciesTests {
    static func document(_ text: String) -> Document {
        Document(name: "t", text: Array(text.utf8))
    }

    @Test func countsEveryTermWithoutLimits() throws {
        // The limits belong to the fit: --min-df 2 must not drop "apple" from one part's counts.
        let options = try VectorizerOptions(minDocumentFrequency: .count(2), maxFeatures: 1)
        let counts = Vectorizer(options: options).documentFrequencies([Self.document("apple éclair apple\n\nzebra apple\n\n.")])
        #expect(counts.paragraphs == 3)
        #expect(counts.terms == ["apple", "zebra", "éclair"])
        #expect(counts.documents == [2, 1, 1])
        #expect(counts.occurrences == [3, 1, 1])
    }

    @Test func textWithoutTermsCountsItsParagraphsOnly() throws {
        let counts = Vectorizer(options: try VectorizerOptions()).documentFrequencies([Self.document("a\n\nb")])
        #expect(counts == DocumentFrequencies(paragraphs: 2, terms: [], documents: [], occurrences: []))
    }

    @Test func mergingAddsTermByTerm() {
        let first = DocumentFrequencies(paragraphs: 2, terms: ["aa", "cc"], documents: [1, 2], occurrences: [1, 5])
        let second = DocumentFrequencies(paragraphs: 3, terms: ["bb", "cc", "éé"], documents: [3, 1, 1], occurrences: [4, 1, 2])
        let empty = DocumentFrequencies(paragraphs: 1, terms: [], documents: [], occurrences: [])
        let merged = DocumentFrequencies.merged([first, empty, second])
        #expect(merged == DocumentFrequencies(paragraphs: 6, terms: ["aa", "bb", "cc", "éé"],
                                              documents: [1, 3, 3, 1], occurrences: [1, 4, 6, 2]))
    }

    @Test func fittingAppliesTheLimitsAndIDFToTheCounts() throws {
        let counts = DocumentFrequencies(paragraphs: 4, terms: ["aa", "bb", "cc", "dd"],
                                         documents: [4, 2, 2, 1], occurrences: [4, 2, 3, 1])
        // max_df 0.75 → at most 3 paragraphs: aa goes; max_features 2 of bb (2), cc (3), dd (1): cc, then bb.
        let options = try VectorizerOptions(maxDocumentFrequency: .proportion(0.75), maxFeatures: 2)
        let model = try FittedVectorizer(options: options, fitting: counts)
        #expect(Array(model.vocabulary) == ["bb", "cc"])
        // idf = ln((1 + 4) / (1 + 2)) + 1 for both.
        let expected = log(5.0 / 3.0) + 1
        #expect(model.inverseDocumentFrequencies == [expected, expected])
    }

    @Test func fittingTheSumOfPartsGivesTheWholeFit() throws {
        let options = try VectorizerOptions(ngramRange: 1...2, minDocumentFrequency: .count(2))
        let parts = ["the river runs\n\nthe river bends", "a river bends\n\nthe sea", "the sea runs on"].map(Self.document)
        let whole = try Vectorizer(options: options).fitTransform(parts)
        let sum = DocumentFrequencies.merged(parts.map { Vectorizer(options: options).documentFrequencies([$0]) })
        let fitted = try FittedVectorizer(options: options, fitting: sum)
        #expect(Array(fitted.vocabulary) == Array(whole.model.vocabulary))
        #expect(fitted.inverseDocumentFrequencies == whole.model.inverseDocumentFrequencies)
        let transformed = fitted.transform(parts)
        for row in 0..<whole.matrix.values.rows {
            let (columns, values) = whole.matrix.values.row(row)
            let (fittedColumns, fittedValues) = transformed.values.row(row)
            #expect(Array(columns) == Array(fittedColumns))
            #expect(zip(values, fittedValues).allSatisfy { abs($0 - $1) <= 1e-12 })
        }
    }

    @Test func linesRoundTrip() throws {
        let counts = DocumentFrequencies(paragraphs: 5, terms: ["aa", "aa bb", "éé"], documents: [2, 1, 5], occurrences: [3, 1, 9])
        var text = ""
        counts.writeLines { text += $0 }
        #expect(text == "paragraphs\t5\naa\t2\t3\naa bb\t1\t1\néé\t5\t9\n")
        #expect(try DocumentFrequencies(lines: text) == counts)
    }

    @Test func filesWithCRLFEndingsReadAsTheirLFForms() throws {
        // A model file saved on Windows: CR LF is one Character, so the lines must be split as
        // bytes. Before, the whole vocabulary below read as one term "aa\r\nbb".
        let options = try VectorizerOptions()
        let model = try FittedVectorizer(options: options, vocabularyLines: "aa\r\nbb\r\n", idfLines: "1.5\r\n2.25\r\n")
        #expect(Array(model.vocabulary) == ["aa", "bb"])
        #expect(model.inverseDocumentFrequencies == [1.5, 2.25])
        #expect(try DocumentFrequencies(lines: "paragraphs\t3\r\naa\t2\t3\r\n")
            == DocumentFrequencies(paragraphs: 3, terms: ["aa"], documents: [2], occurrences: [3]))
    }

    @Test func aSavedModelIsReadBack() throws {
        let options = try VectorizerOptions()
        let model = try FittedVectorizer(options: options, vocabularyLines: "aa\nbb\n", idfLines: "1.5\n2.25\n")
        #expect(Array(model.vocabulary) == ["aa", "bb"])
        #expect(model.inverseDocumentFrequencies == [1.5, 2.25])
        var idf = ""
        model.writeInverseDocumentFrequencies { idf += $0 }
        #expect(idf == "1.5\n2.25\n")
        #expect(throws: VocabularyFileError.idf(.lengthsDiffer(vocabulary: 2, idf: 1))) {
            try FittedVectorizer(options: options, vocabularyLines: "aa\nbb\n", idfLines: "1.5\n")
        }
        #expect(throws: VocabularyFileError.vocabulary(.badLine(2, "terms must be in code-point order, each once: 'aa' comes after 'aa'"))) {
            try FittedVectorizer(options: options, vocabularyLines: "aa\naa\n", idfLines: "1\n1\n")
        }
        #expect(throws: VocabularyFileError.idfMissing) {
            try FittedVectorizer(options: options, vocabularyLines: "aa\n", idfLines: nil)
        }
    }
}
