import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// The reading thread hands blocks over in order, numbers units per file, puts a later block's
/// error after the blocks before it, and stops when its reader is done with early.
@Suite struct BlockReaderTests {
    struct Seen: Equatable {
        let file: String
        let units: [String]
        let unitsBefore: Int
        let labelFiles: Bool
    }

    static func reader(_ paths: [String], blockSize: Int) throws -> BlockReader {
        BlockReader(paths: paths.map(BytePath.init(argument:)), splitting: .paragraphs, lossy: false,
                    limit: try InputLimit.text(), blockSize: blockSize)
    }

    /// Blocks of 8 bytes: "One.\n\n" and "Two.\n\n" fit one each, so every paragraph is a block
    /// of its own; the empty file is one empty block.
    @Test func blocksComeInOrderNumberedPerFile() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "One.\n\nTwo.\n\nThree.")
        let empty = try folder.file("b.txt", "")
        let last = try folder.file("c.txt", "Four.\n\nFive.")
        var seen: [Seen] = []
        try Self.reader([first, empty, last], blockSize: 8).forEach { block, unitsBefore, labelFiles in
            seen.append(Seen(file: block.name, units: block.paragraphs.map(block.string), unitsBefore: unitsBefore, labelFiles: labelFiles))
        }
        #expect(seen == [
            Seen(file: first, units: ["One."], unitsBefore: 0, labelFiles: true),
            Seen(file: first, units: ["Two."], unitsBefore: 1, labelFiles: true),
            Seen(file: first, units: ["Three."], unitsBefore: 2, labelFiles: true),
            Seen(file: empty, units: [], unitsBefore: 0, labelFiles: true),
            Seen(file: last, units: ["Four."], unitsBefore: 0, labelFiles: true),
            Seen(file: last, units: ["Five."], unitsBefore: 1, labelFiles: true),
        ])
    }

    /// Invalid UTF-8 in the third block: the first two are handed over, then the error.
    @Test func aLaterBlocksErrorComesAfterTheBlocksBeforeIt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.txt", Data("One.\n\nTwo.\n\ncaf".utf8) + Data([0xE9]) + Data("\n".utf8))
        var units: [String] = []
        var message = ""
        do {
            try Self.reader([path], blockSize: 8).forEach { block, _, _ in units += block.paragraphs.map(block.string) }
        } catch let error as CLIError {
            message = error.description
        }
        #expect(units == ["One.", "Two."])
        // "One.\n\nTwo.\n\n" is 12 bytes, "caf" 3 more: offset 15, line 5.
        #expect(message.hasPrefix("'\(path)' is not valid UTF-8 at line 5, byte offset 15"))
    }

    /// A failing block stops the reading: the error comes back, no later block is handed over,
    /// and the reading thread ends, closing the file; so does the thread of a reader dropped
    /// unused.
    @Test func readingStopsWhenTheWorkFailsOrIsNeverDone() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("many.txt", (1...200).map { "Paragraph \($0)." }.joined(separator: "\n\n"))
        var handed = 0
        #expect(throws: CLIError.self) {
            try Self.reader([path], blockSize: 16).forEach { _, _, _ throws(CLIError) in
                handed += 1
                if handed == 2 { throw CLIError.usage("stop") }
            }
        }
        #expect(handed == 2)
        for _ in 0..<20 { _ = try Self.reader([path], blockSize: 16) }
        #expect(try Self.waitUntilClosed(path))
    }

    /// Whether this process has `path` open no more within five seconds (reading threads end
    /// on their own time).
    static func waitUntilClosed(_ path: String) throws -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        for _ in 0..<500 {
            let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { descriptor in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + descriptor)) == resolved
            }
            if open.isEmpty { return true }
            usleep(10_000)
        }
        return false
    }
}
