import Foundation
import Testing
import TenorStatistics
import TenorVectorize

@Suite struct KeynessTests {
    @Test func eachParagraphsObviousKeyTermComesFirst() throws {
        // apple only in the first paragraph, cherry only in the second, date only in the third;
        // banana everywhere.
        let matrix = try countMatrix("apple apple apple banana\n\ncherry cherry cherry banana\n\nbanana date")
        for measure in Keyness.Measure.allCases {
            let results = Keyness(measure: measure).keyTerms(matrix)
            #expect(results.map { $0.terms?.first?.term } == ["apple", "cherry", "date"])
        }
        let first = try #require(Keyness().keyTerms(matrix)[0].terms)
        #expect(first.map(\.term) == ["apple", "banana"])
        #expect(first[0].targetCount == 3 && first[0].referenceCount == 0)
        // banana: 1 of 4 here, 2 of 6 elsewhere — under-represented.
        #expect(first[1].targetCount == 1 && first[1].referenceCount == 2 && first[1].statistic < 0)
        // apple: a = 3, b = 0, T = 4, R = 6 — the same numbers as the table itself.
        let table = try #require(KeynessTable(targetCount: 3, referenceCount: 0, targetTotal: 4, referenceTotal: 6))
        #expect(first[0].statistic == table.logLikelihood(correction: .yates))
        #expect(first[0].pValue == KeynessTable.pValue(first[0].statistic))
        #expect(first[0].logRatio == table.logRatio)
    }

    @Test func limitKeepsTheTopTermsAndTiesFollowTermOrder() throws {
        // Every term of the first paragraph occurs once there and nowhere else: equal statistics.
        let matrix = try countMatrix("zeta alpha mu\n\nother words here")
        let all = try #require(Keyness().keyTerms(matrix)[0].terms)
        #expect(all.map(\.term) == ["alpha", "mu", "zeta"])
        #expect(Keyness().keyTerms(matrix, limit: 2)[0].terms?.map(\.term) == ["alpha", "mu"])
        #expect(Keyness().keyTerms(matrix, limit: 0)[0] == .terms([]))
    }

    @Test func singleParagraphHasNoKeyness() throws {
        let matrix = try countMatrix("one paragraph only, one paragraph")
        #expect(Keyness().keyTerms(matrix) == [.unavailable(reason: "the document has only one paragraph")])
    }

    @Test func emptyParagraphsAreUnavailableWithTheirReason() throws {
        // The second paragraph has no token of two word characters: an empty row.
        let matrix = try countMatrix("alpha beta\n\n! a 1")
        #expect(Keyness().keyTerms(matrix) == [
            .unavailable(reason: "the other paragraphs have no terms"),
            .unavailable(reason: "the paragraph has no terms"),
        ])
    }

    @Test func everyNumberIsFinite() throws {
        let matrix = try countMatrix("word word word\n\nword\n\nword other\n\nother word word word word")
        for measure in Keyness.Measure.allCases {
            for correction in Keyness.Correction.allCases {
                for result in Keyness(measure: measure, correction: correction).keyTerms(matrix) {
                    for term in try #require(result.terms) {
                        #expect(term.statistic.isFinite && term.pValue.isFinite && term.logRatio.isFinite)
                        #expect((0...1).contains(term.pValue))
                    }
                }
            }
        }
    }

    @Test func resultsEncodeTermsOrANullWithAReason() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let unavailable = KeynessResult.unavailable(reason: "the paragraph has no terms")
        let text = String(decoding: try encoder.encode(unavailable), as: UTF8.self)
        #expect(text == #"{"reason":"the paragraph has no terms","terms":null}"#)
        let terms = KeynessResult.terms([KeynessTerm(term: "river", targetCount: 2, referenceCount: 1,
                                                     statistic: 3.5, pValue: 0.06, logRatio: 1.5)])
        for result in [unavailable, terms] {
            #expect(try JSONDecoder().decode(KeynessResult.self, from: encoder.encode(result)) == result)
        }
    }
}
