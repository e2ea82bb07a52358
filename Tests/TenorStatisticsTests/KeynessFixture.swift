import Foundation
import TenorText
import TenorVectorize

/// Raw counts of `text`'s paragraphs (blank-line separated), scikit-learn's token pattern.
func countMatrix(
    _ text: String, stopWords: StopWords? = nil, tokenPattern: TokenPattern = .sklearn
) throws -> TermMatrix {
    let options = try VectorizerOptions(tokenPattern: tokenPattern, stopWords: stopWords, weighting: .counts)
    return try Vectorizer(options: options).fitTransform([Document(name: "t", text: Array(text.utf8))]).matrix
}

/// The reference tables of Tests/Fixtures/keyness (written by Scripts/make-keyness-fixtures with
/// SciPy's `chi2_contingency`): rows of named cells, `#` lines skipped.
enum KeynessFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Each data row of `Fixtures/<path>` as column name → cell.
    static func rows(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false) else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Dictionary(uniqueKeysWithValues: zip(header.map(String.init), cells.map(String.init)))
        }
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}

/// A fixture cell that should hold a number.
struct MissingCell: Error, CustomStringConvertible {
    var column: String
    var row: [String: String]
    var description: String { "no number in column \(column) of \(row)" }
}

extension Dictionary where Key == String, Value == String {
    func int(_ column: String) throws -> Int {
        guard let cell = self[column], let value = Int(cell) else { throw MissingCell(column: column, row: self) }
        return value
    }

    func double(_ column: String) throws -> Double {
        guard let cell = self[column], let value = Double(cell) else { throw MissingCell(column: column, row: self) }
        return value
    }
}
