import Foundation
import Testing
import TenorText
import TenorVectorize
@testable import TenorSimilarity

/// Top 5 of every paragraph of Tests/Fixtures/tfidf/corpus.txt against scikit-learn's
/// `cosine_similarity` (Tests/Fixtures/similar/top5.tsv, written by Scripts/make-similar-fixtures).
@Suite struct ScikitLearnFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct Expected { var paragraph, rank, neighbor: Int; var score: Double; var tie: Bool }

    static func expected() throws -> [Expected] {
        try String(contentsOf: fixtures.appendingPathComponent("similar/top5.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { line in
                let fields = line.split(separator: "\t")
                return Expected(paragraph: Int(fields[0])!, rank: Int(fields[1])!, neighbor: Int(fields[2])!,
                                score: Double(fields[3])!, tie: fields[4] == "1")
            }
    }

    @Test func topFiveMatchesScikitLearn() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("tfidf/corpus.txt"), encoding: .utf8)
        let matrix = try Vectorizer(options: VectorizerOptions()).fitTransform([Document(name: "corpus", text: Array(text.utf8))]).matrix
        let neighbors = CosineSearch(matrix.values).nearestNeighbors(count: 5)
        let expected = try Self.expected()
        #expect(expected.count > 100)
        for paragraph in 1...neighbors.count {
            let rows = expected.filter { $0.paragraph == paragraph }
            #expect(neighbors[paragraph - 1].count == rows.count, "paragraph \(paragraph)")
            for (found, reference) in zip(neighbors[paragraph - 1], rows) {
                #expect(abs(Double(found.score) - reference.score) <= 1e-6, "paragraph \(paragraph) rank \(reference.rank)")
                if !reference.tie { #expect(found.index + 1 == reference.neighbor, "paragraph \(paragraph) rank \(reference.rank)") }
            }
        }
    }
}
