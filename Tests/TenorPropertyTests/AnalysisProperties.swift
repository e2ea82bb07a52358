import Foundation
import PropertyBased
import Tenor
import Testing

/// Invariants that hold for any text: every number finite, tone in its ranges, TF-IDF rows of
/// unit length, similarity symmetric.
@Suite struct AnalysisProperties {
    static let analysis = ReportAnalysis()
    static let statistics = StatisticsAnalysis()

    static func document(_ text: String) -> Document {
        Document(name: "random", text: Array(text.utf8))
    }

    /// JSONEncoder refuses NaN and infinity (its default `nonConformingFloatEncodingStrategy`
    /// is `.throw`), so a report that encodes holds finite numbers only.
    static func expectFinite(_ report: some Encodable, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: Never.self, sourceLocation: sourceLocation) { try JSONEncoder().encode(report) }
    }

    /// compound in -1…1; the shares in 0…1, summing to 1 (each is rounded to 3 decimals, so
    /// within 3 × 0.0005) or all 0.
    static func expectToneInRange(compound: Double, shares: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((-1...1).contains(compound), "compound \(compound)", sourceLocation: sourceLocation)
        #expect(shares.allSatisfy { (0...1).contains($0) }, "shares \(shares)", sourceLocation: sourceLocation)
        let sum = shares.reduce(0, +)
        #expect(abs(sum - 1) <= 0.0015 + 1e-12 || shares.allSatisfy { $0 == 0 }, "shares \(shares)", sourceLocation: sourceLocation)
    }

    @Test func reportsHoldFiniteNumbersAndToneInRange() async {
        await propertyCheck(input: MultiScriptText.text) { text in
            let report = try Self.analysis.report([Self.document(text)])
            Self.expectFinite(report)
            for paragraph in report.paragraphs {
                let tone = paragraph.tone
                Self.expectToneInRange(compound: tone.compound, shares: [tone.positive, tone.neutral, tone.negative])
                if let nearest = paragraph.nearest { #expect((-1...1).contains(nearest.score)) }
            }
            Self.expectFinite(Self.statistics.report([Self.document(text)]))
        }
    }

    @Test(arguments: ToneEngine.allCases, [false, true])
    func toneScoresStayInRange(engine: ToneEngine, sentences: Bool) async {
        let analysis = ToneAnalysis(options: ToneOptions(engine: engine, sentences: sentences, explainedWords: 3))
        await propertyCheck(input: MultiScriptText.text) { text in
            let report = analysis.report([Self.document(text)])
            Self.expectFinite(report)
            for unit in report.paragraphs {
                Self.expectToneInRange(compound: unit.compound, shares: [unit.positive, unit.neutral, unit.negative])
            }
        }
    }

    @Test(arguments: [TokenPattern.sklearn, .words])
    func tfidfRowsHaveUnitLength(pattern: TokenPattern) async throws {
        let vectorizer = Vectorizer(options: try VectorizerOptions(tokenPattern: pattern))
        await propertyCheck(input: MultiScriptText.text) { text in
            guard let matrix = try? vectorizer.fitTransform([Self.document(text)]).matrix.values else { return }   // no term at all
            for row in 0..<matrix.rows {
                let entries = matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1]
                guard !entries.isEmpty else { continue }
                let length = entries.reduce(0.0) { $0 + matrix.values[$1] * matrix.values[$1] }.squareRoot()
                #expect(abs(length - 1) < 1e-12, "row \(row): length \(length)")
            }
        }
    }

    /// score(a, b) == score(b, a) for every pair, whatever the weighting (counts too); every
    /// score finite and within -1…1.
    @Test(arguments: [false, true])
    func similarityIsSymmetric(counts: Bool) async throws {
        let vectorizer = Vectorizer(options: try VectorizerOptions(weighting: counts ? .counts : TermWeighting()))
        await propertyCheck(input: MultiScriptText.text) { text in
            guard let matrix = try? vectorizer.fitTransform([Self.document(text)]).matrix.values else { return }
            let neighbors = CosineSearch(matrix).nearestNeighbors(count: matrix.rows, minimumScore: -1)
            var scores: [[Double]] = Array(repeating: Array(repeating: .nan, count: matrix.rows), count: matrix.rows)
            for (row, found) in neighbors.enumerated() {
                for neighbor in found { scores[row][neighbor.index] = neighbor.reportedScore }
            }
            for a in 0..<matrix.rows {
                for b in 0..<matrix.rows where a != b {
                    #expect(scores[a][b] == scores[b][a], "rows \(a), \(b): \(scores[a][b]) and \(scores[b][a])")
                    #expect((-1...1).contains(scores[a][b]))
                }
            }
        }
    }
}
