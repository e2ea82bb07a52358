import Foundation
import Testing
@testable import TenorVectorize

@Suite struct TermWeightingTests {
    /// Frequencies from 1 to n, some repeated, against the formula term by term: smooth,
    /// ln((1 + n) / (1 + df)) + 1, and plain, ln(n / df) + 1.
    @Test(arguments: [true, false])
    func idfIsTheFormulaForEveryFrequency(smooth: Bool) throws {
        let documents = 100_000
        let frequencies = [1, 2, 1, 4095, 4096, 4097, 2, 99_999, 100_000, 4095, 1, 50_000]
        let idf = try #require(TermWeighting(smoothIDF: smooth).inverseDocumentFrequencies(frequencies, documents: documents))
        let s = smooth ? 1.0 : 0.0
        let expected = frequencies.map { log((Double(documents) + s) / (Double($0) + s)) + 1 }
        #expect(idf == expected)
        // By hand: df = n gives ln(1) + 1 = 1 either way; plain, df = 1 gives ln(100,000) + 1.
        #expect(idf[8] == 1)
        #expect(smooth || idf[0] == log(100_000.0) + 1)
    }

    /// A corpus of three paragraphs, by hand.
    @Test func fewParagraphs() throws {
        let idf = try #require(TermWeighting().inverseDocumentFrequencies([1, 3, 2, 3], documents: 3))
        // ln(4 / 2) + 1, ln(4 / 4) + 1, ln(4 / 3) + 1.
        #expect(idf == [log(2.0) + 1, 1, log(4.0 / 3) + 1, 1])
    }

    @Test func noIDFWithoutIt() {
        #expect(TermWeighting(useIDF: false).inverseDocumentFrequencies([1, 2], documents: 2) == nil)
    }
}
