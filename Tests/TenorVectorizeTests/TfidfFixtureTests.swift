import Testing
import TenorMatrix
import TenorText
@testable import TenorVectorize

/// Tenor's term matrices against scikit-learn 1.9.1's on our own 28-paragraph corpus
/// (Tests/Fixtures/tfidf; regenerate with Scripts/make-tfidf-fixtures). The option sets mirror
/// Tests/Fixtures/tfidf/options.tsv.
@Suite struct TfidfFixtureTests {
    static let optionSets: [(String, VectorizerOptions)] = [
        ("defaults", try! VectorizerOptions()),
        ("bigrams-stop", try! VectorizerOptions(stopWords: .english, ngramRange: 1...2)),
        ("df-range", try! VectorizerOptions(minDocumentFrequency: .count(2), maxDocumentFrequency: .proportion(0.5))),
        ("sublinear-l1", try! VectorizerOptions(weighting: TermWeighting(sublinearTF: true, norm: .l1))),
        ("no-idf-binary", try! VectorizerOptions(binary: true, weighting: TermWeighting(useIDF: false))),
        ("no-smooth", try! VectorizerOptions(weighting: TermWeighting(smoothIDF: false, norm: nil))),
        ("max-features", try! VectorizerOptions(maxFeatures: 40)),
        ("trigrams", try! VectorizerOptions(ngramRange: 2...3)),
        ("df-counts", try! VectorizerOptions(minDocumentFrequency: .count(2), maxDocumentFrequency: .count(5))),
        ("counts", try! VectorizerOptions(weighting: .counts)),
    ]

    @Test(arguments: optionSets)
    func matchesScikitLearn(name: String, options: VectorizerOptions) throws {
        let document = try Fixtures.document("tfidf/corpus.txt")
        let (fitted, matrix) = try Vectorizer(options: options).fitTransform([document])
        let expectedTerms = try Fixtures.vocabulary("tfidf/\(name)/vocabulary.txt")
        #expect(Array(matrix.vocabulary) == expectedTerms)
        #expect(Array(fitted.vocabulary) == expectedTerms)

        let expected = MatrixMarketFile(try Fixtures.text("tfidf/\(name)/matrix.mtx"))
        #expect(matrix.rows == expected.rows && matrix.columns == expected.columns)
        #expect(matrix.values.values.count == expected.entries.count)
        var worst = 0.0
        for row in 0..<matrix.rows {
            let (columns, values) = matrix.values.row(row)
            for (column, value) in zip(columns, values) {
                let reference = expected.entries[.init(row: row, column: Int(column))]
                #expect(reference != nil, "row \(row) column \(column) is not in scikit-learn's matrix")
                worst = max(worst, abs(value - (reference ?? .infinity)))
            }
        }
        #expect(worst <= 1e-12)
    }

    @Test func columnsAscendWithinEveryRow() throws {
        let matrix = try Vectorizer(options: VectorizerOptions(ngramRange: 1...2))
            .fitTransform([Fixtures.document("tfidf/corpus.txt")]).matrix
        for row in 0..<matrix.rows {
            let columns = matrix.values.row(row).columnIndices
            #expect(zip(columns, columns.dropFirst()).allSatisfy { $0 < $1 })
        }
    }

    @Test func idfIsTheSmoothedFormula() throws {
        // Three paragraphs; "common" is in all three, "rare" in one.
        // smooth idf = ln((1 + n) / (1 + df)) + 1: common ln(4/4) + 1 = 1, rare ln(4/2) + 1 = 1.693147…
        let document = Document(name: "t", text: Array("common rare\n\ncommon\n\ncommon again".utf8))
        let fitted = try Vectorizer(options: VectorizerOptions()).fitTransform([document]).model
        let idf = try #require(fitted.inverseDocumentFrequencies)
        #expect(Array(fitted.vocabulary) == ["again", "common", "rare"])
        #expect(abs(idf[1] - 1) < 1e-15)
        #expect(abs(idf[2] - 1.6931471805599454) < 1e-15)
    }
}
