import Foundation
import Testing

/// `tenor report --nearest`: which search fills the nearest column.
@Suite struct ReportNearestTests {
    static let example = TenorRunner.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/city-budget.txt").path

    /// The TSV's `nearest` and `nearest_score` fields, one pair a paragraph.
    static func nearest(_ arguments: [String]) throws -> [String] {
        let result = try TenorRunner.run(["report", example, "--format", "tsv"] + arguments)
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false)
        let column = try #require(header.firstIndex(of: "nearest"))
        return lines.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields[column] + ":" + fields[column + 1]
        }
    }

    @Test func autoIsExactOnSmallInputsAndApproximateAgreesThere() throws {
        let exact = try Self.nearest(["--nearest", "exact"])
        #expect(exact.count == 13)
        #expect(try Self.nearest([]) == exact)
        // 13 paragraphs: every posting list is shorter than the budget, so the approximate
        // search reaches every paragraph sharing a term and finds the same ones.
        let approximate = try Self.nearest(["--nearest", "approximate"])
        #expect(approximate.map { $0.split(separator: ":").first } == exact.map { $0.split(separator: ":").first })
    }

    @Test func noneLeavesTheColumnEmpty() throws {
        #expect(try Self.nearest(["--nearest", "none"]) == Array(repeating: ":", count: 13))
    }

    @Test func anUnknownSearchIsAUsageError() throws {
        let result = try TenorRunner.run(["report", Self.example, "--nearest", "fast"])
        #expect(result.status == 2)
        #expect(result.error.contains("--nearest"))
    }
}
