import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// What the tests of commands written block by block share: inputs, a reader of small blocks,
/// lines collected in memory, and how a table's lines compare.
enum BlockTesting {
    /// Lines written to memory.
    final class Collected: LineOutput {
        var lines: [String] = []
        func line(_ text: String) { lines.append(text) }
        func lines(_ lines: ArraySlice<String>) { self.lines += lines }
        func write(_ bytes: [UInt8]) {
            lines += bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        }
        func flush() {}
    }

    /// Three files: twelve paragraphs of mixed tone and length, an empty file, and one with a
    /// longer name.
    static func inputs(_ folder: TemporaryFolder) throws -> [String] {
        let moods = ["What a wonderful, happy day!", "The service was awful and slow.", "It rained. Nobody came.",
                     "Not bad at all, honestly. I loved the music.", "Terrible! I hate this; never again."]
        let first = (0..<12).map { moods[$0 % moods.count] + " Paragraph \($0 + 1)." }.joined(separator: "\n\n")
        return [try folder.file("a.txt", first), try folder.file("empty.txt", ""),
                try folder.file("a-longer-name.txt", "Great work.\n\nA sad, sad ending.\n\n\n\nFine.")]
    }

    /// `paths` read in blocks of `blockSize` bytes, split as `input` says.
    static func reader(_ paths: [String], _ input: InputOptions, blockSize: Int) throws -> BlockReader {
        BlockReader(paths: paths.map(BytePath.init(argument:)), units: .text(input.split), lossy: false,
                    limit: try InputLimit.text(), blockSize: blockSize)
    }

    /// The lines of `paths` read whole into documents named by their paths.
    static func documents(_ paths: [String]) throws -> [Document] {
        try paths.map { Document(name: $0, string: try String(contentsOfFile: $0, encoding: .utf8)) }
    }

    /// A table's lines as cells (runs of spaces apart), rules left out: what a table written in
    /// blocks shares with the whole table, whose column widths may differ.
    static func cells(_ lines: [String]) -> [[Substring]] {
        lines.filter { !$0.allSatisfy { $0 == "─" } || $0.isEmpty }.map { $0.split(separator: " ") }
    }
}
