import Foundation
import Testing
import TenorStatistics
import TenorText
import TenorVectorize

private func expectClose(_ value: Double, _ expected: Double, _ what: String,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    // SciPy sums the cells in another order (and G² through xlogy): agreement to ~1e-13 relative;
    // the absolute part covers statistics that are differences of near-equal sums.
    #expect(abs(value - expected) <= 1e-9 * Swift.max(1e-3, abs(expected)), "\(what): \(value) != \(expected)",
            sourceLocation: sourceLocation)
}

/// Tenor against SciPy's `chi2_contingency` (Tests/Fixtures/keyness, Scripts/make-keyness-fixtures).
@Suite struct KeynessFixtureTests {
    @Test func tablesMatchSciPy() throws {
        let rows = try KeynessFixture.rows("keyness/tables.tsv")
        #expect(rows.count == 50)
        for row in rows {
            let name = row["name"] ?? "?"
            let table = try #require(KeynessTable(
                targetCount: row.int("a"), referenceCount: row.int("b"),
                targetTotal: row.int("target_total"), referenceTotal: row.int("reference_total")), "\(name)")
            #expect(table.yatesApplies == (row["yates_applies"] == "1"), "\(name)")
            for (correction, suffix) in [(Keyness.Correction.none, "none"), (.yates, "yates")] {
                let chiSquared = table.chiSquared(correction: correction)
                let logLikelihood = table.logLikelihood(correction: correction)
                expectClose(chiSquared, try row.double("chi2_\(suffix)"), "\(name) χ² \(suffix)")
                expectClose(logLikelihood, try row.double("g2_\(suffix)"), "\(name) G² \(suffix)")
                expectClose(KeynessTable.pValue(chiSquared), try row.double("p_chi2_\(suffix)"),
                            "\(name) p(χ²) \(suffix)")
                expectClose(KeynessTable.pValue(logLikelihood), try row.double("p_g2_\(suffix)"),
                            "\(name) p(G²) \(suffix)")
            }
            expectClose(table.logRatio, try row.double("log_ratio"), "\(name) log ratio")
        }
    }

    @Test func paragraphsOfTheTfidfCorpusMatchSciPy() throws {
        let document = Document(name: "corpus", text: Array(try KeynessFixture.text("tfidf/corpus.txt").utf8))
        let options = try VectorizerOptions(weighting: .counts)
        let matrix = try Vectorizer(options: options).fitTransform([document]).matrix
        let logLikelihood = Keyness(measure: .logLikelihood).keyTerms(matrix)
        let chiSquared = Keyness(measure: .chiSquared).keyTerms(matrix)
        let expected = Dictionary(grouping: try KeynessFixture.rows("keyness/paragraphs.tsv")) { row in
            row["paragraph"].flatMap { Int($0) } ?? -1
        }
        #expect(expected.count == matrix.rows && matrix.rows == 28)
        for paragraph in 0..<matrix.rows {
            let rows = expected[paragraph] ?? []
            if rows.first?["term"] == "unavailable" {
                #expect(logLikelihood[paragraph] == .unavailable(reason: "the paragraph has no terms"))
                continue
            }
            let terms = try #require(logLikelihood[paragraph].terms, "paragraph \(paragraph)")
            // The same terms in the same order: G² descending, ties by term.
            #expect(terms.map(\.term) == rows.map { $0["term"] ?? "" }, "paragraph \(paragraph)")
            let chiSquaredTerms = try #require(chiSquared[paragraph].terms)
            let byTerm = Dictionary(uniqueKeysWithValues: chiSquaredTerms.map { ($0.term, $0) })
            for (term, row) in zip(terms, rows) {
                let what = "paragraph \(paragraph) \(term.term)"
                let counts = (try row.int("a"), try row.int("b"))
                #expect(term.targetCount == counts.0 && term.referenceCount == counts.1, "\(what)")
                expectClose(term.statistic, try row.double("g2_yates"), "\(what) G²")
                expectClose(byTerm[term.term]?.statistic ?? .nan, try row.double("chi2_yates"), "\(what) χ²")
                expectClose(term.logRatio, try row.double("log_ratio"), "\(what) log ratio")
            }
        }
    }
}
