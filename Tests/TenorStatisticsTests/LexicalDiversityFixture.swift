import Foundation
import TenorStatistics

/// One row of Tests/Fixtures/lexical-diversity/reference.tsv (written by
/// Scripts/make-lexical-diversity-fixtures): a token sequence and what lexicalrichness 0.5.1
/// returned for each measure given exactly those tokens.
struct LexicalDiversityFixtureRow: Sendable, CustomStringConvertible {
    var name: String
    var tokens: [String]
    var tokenCount: Int
    var typeCount: Int
    /// lexicalrichness's result per measure column: a number, or `nil` where it raised.
    var reference: [String: Double?]

    var description: String { name }

    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lexical-diversity/reference.tsv")

    /// The measure columns, in file order, with the Tenor measure that answers each.
    static let measures: [(column: String, measure: @Sendable (LexicalDiversity) -> Score)] = [
        ("ttr", { $0.typeTokenRatio }),
        ("rttr", { $0.rootTypeTokenRatio }),
        ("cttr", { $0.correctedTypeTokenRatio }),
        ("herdan", { $0.logTypeTokenRatio }),
        ("yulek", { $0.yulesK }),
        ("mattr_50", { $0.movingAverageTypeTokenRatio(window: 50) }),
        ("mattr_5", { $0.movingAverageTypeTokenRatio(window: 5) }),
        ("mtld_0.72", { $0.measureOfTextualLexicalDiversity(threshold: 0.72) }),
        ("mtld_0.5", { $0.measureOfTextualLexicalDiversity(threshold: 0.5) }),
    ]

    static func load() throws -> [LexicalDiversityFixtureRow] {
        let lines = try String(contentsOf: fileURL, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            return []
        }
        return try lines.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else { throw FixtureError(column: "(column count)", line: String(line)) }
            let cells = Dictionary(uniqueKeysWithValues: zip(header, fields))
            func cell(_ column: String) throws -> String {
                guard let cell = cells[column] else { throw FixtureError(column: column, line: String(line)) }
                return cell
            }
            func count(_ column: String) throws -> Int {
                guard let value = Int(try cell(column)) else { throw FixtureError(column: column, line: String(line)) }
                return value
            }
            var reference: [String: Double?] = [:]
            for (column, _) in measures {
                let text = try cell(column)
                if text.hasPrefix("error:") {
                    reference[column] = .some(nil)
                } else if let value = Double(text) {
                    reference[column] = value
                } else {
                    throw FixtureError(column: column, line: String(line))
                }
            }
            return LexicalDiversityFixtureRow(
                name: try cell("name"), tokens: try cell("tokens").split(separator: " ").map(String.init),
                tokenCount: try count("n"), typeCount: try count("v"), reference: reference)
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var column: String
        var line: String
        var description: String { "reference.tsv: bad or missing \(column) in: \(line.prefix(200))" }
    }
}
