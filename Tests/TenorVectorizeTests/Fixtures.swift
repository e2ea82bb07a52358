import Foundation
import TenorText

/// Reading the committed reference fixtures (Tests/Fixtures) written by Scripts/make-tfidf-fixtures.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func document(_ path: String) throws -> Document {
        Document(name: path, text: Array(try text(path).utf8))
    }

    /// Lines that are not `#` comments.
    static func vocabulary(_ path: String) throws -> [String] {
        try text(path).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# ") && !$0.isEmpty }.map(String.init)
    }
}

/// A Matrix Market `coordinate real general` file, as entries keyed by 0-based (row, column).
struct MatrixMarketFile {
    var rows = 0
    var columns = 0
    var entries: [Coordinate: Double] = [:]

    struct Coordinate: Hashable { var row: Int; var column: Int }

    init(_ text: String) {
        var sawSize = false
        for line in text.split(separator: "\n") where !line.hasPrefix("%") {
            let fields = line.split(separator: " ")
            if !sawSize {
                rows = Int(fields[0])!
                columns = Int(fields[1])!
                sawSize = true
            } else {
                entries[Coordinate(row: Int(fields[0])! - 1, column: Int(fields[1])! - 1)] = Double(fields[2])!
            }
        }
    }
}
