import Foundation
import TenorTone

/// `Tests/Fixtures/tone/vader-sentences.tsv`, written by Scripts/make-tone-fixtures: sentences
/// written for these tests and vaderSentiment 3.3.2's scores for each.
struct ToneFixture {
    struct Case: CustomStringConvertible, Sendable {
        var group: String
        var text: String
        var expected: ToneScores
        var description: String { "\(group): \(text.debugDescription)" }
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let cases: [Case] = {
        let text = try! String(contentsOf: root.appendingPathComponent("tone/vader-sentences.tsv"), encoding: .utf8)
        var lines = text.split(separator: "\n").filter { !$0.hasPrefix("# ") }
        precondition(lines.removeFirst() == "group\ttext\tcompound\tpos\tneu\tneg")
        return lines.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            let numbers = cells[2...].map { Double($0)! }
            return Case(group: String(cells[0]), text: unescaped(cells[1]),
                        expected: ToneScores(compound: numbers[0], positive: numbers[1], neutral: numbers[2], negative: numbers[3]))
        }
    }()

    /// The fixture's escapes undone: `\\`, `\t`, `\n`, `\r`.
    static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
