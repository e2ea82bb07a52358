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
        let startsFile: Bool
        let labelFiles: Bool
    }

    static func reader(_ paths: [String], units: BlockUnits = .text(.paragraphs), blockSize: Int) throws -> BlockReader {
        BlockReader(paths: paths.map(BytePath.init(argument:)), units: units, lossy: false,
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
        try Self.reader([first, empty, last], blockSize: 8).forEach { block, _, place in
            seen.append(Seen(file: block.name, units: block.paragraphs.map(block.string), unitsBefore: place.unitsBefore,
                             startsFile: place.startsFile, labelFiles: place.labelFiles))
        }
        #expect(seen == [
            Seen(file: first, units: ["One."], unitsBefore: 0, startsFile: true, labelFiles: true),
            Seen(file: first, units: ["Two."], unitsBefore: 1, startsFile: false, labelFiles: true),
            Seen(file: first, units: ["Three."], unitsBefore: 2, startsFile: false, labelFiles: true),
            Seen(file: empty, units: [], unitsBefore: 0, startsFile: true, labelFiles: true),
            Seen(file: last, units: ["Four."], unitsBefore: 0, startsFile: true, labelFiles: true),
            Seen(file: last, units: ["Five."], unitsBefore: 1, startsFile: false, labelFiles: true),
        ])
    }

    /// CSV and JSON Lines read in blocks of every size give the records, ids and warnings of
    /// the whole file: quoted fields with line breaks, separators and doubled quotes, a quote
    /// inside an unquoted field (text, so the line break in the quoted field after it is no row
    /// end), a blank line, a bad row skipped (named by its line in
    /// the whole file), the header read once.
    @Test(arguments: [InputFormat.csv, .jsonl])
    func recordsInBlocksAreTheWholeFilesRecords(format: InputFormat) throws {
        let csv = "id,text\nr1,\"Line one,\nline two\"\n\nr2,\"He said \"\"no\"\"\"\nr3,5\" screen\nr4,\"multi\nline\"\nr5,\"bad\"x\nr6,last\n"
        let jsonl = "{\"id\": \"r1\", \"text\": \"Line one,\\nline two\"}\n\n{\"id\": \"r2\", \"text\": \"He said \\\"no\\\"\"}\n"
            + "{\"id\": \"r3\", \"text\": \"5\\\" screen\"}\n{\"id\": \"r4\", \"text\": \"multi\\nline\"}\n[\"bad\"]\n{\"id\": \"r6\", \"text\": \"last\"}\n"
        let folder = try TemporaryFolder()
        let path = try folder.file("records." + format.rawValue, format == .csv ? csv : jsonl)
        let reader = RecordReader(format: format, textField: "text", idField: "id", lossy: false, skipBadLines: true)
        let whole = try reader.records(in: Array(try String(contentsOfFile: path, encoding: .utf8).utf8), from: BytePath(argument: path))
        #expect(whole.document.paragraphs.map(whole.document.string) == ["Line one,\nline two", "He said \"no\"", "5\" screen", "multi\nline", "last"])
        #expect(whole.ids == ["r1", "r2", "r3", "r4", "r6"])
        for size in [1, 2, 3, 7, 16, 1 << 16] {
            var units: [String] = []
            var ids: [String] = []
            try Self.reader([path], units: .records(reader), blockSize: size).forEach { block, blockIDs, place in
                #expect(place.unitsBefore == units.count)
                units += block.paragraphs.map(block.string)
                ids += blockIDs ?? []
            }
            #expect(units == whole.document.paragraphs.map(whole.document.string), "block size \(size)")
            #expect(ids == whole.ids, "block size \(size)")
        }
    }

    /// A bad record in a later block is named by its line in the whole file.
    @Test func aBadRecordInALaterBlockIsNamedByItsLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("rows.csv", "text\nfirst\nsecond\n\"never closed\nthird\n")
        let reader = RecordReader(format: .csv, textField: "text", idField: nil, lossy: false, skipBadLines: false)
        var message = ""
        do {
            try Self.reader([path], units: .records(reader), blockSize: 8).forEach { _, _, _ in }
        } catch let error as CLIError {
            message = error.description
        }
        #expect(message.hasPrefix("'\(path)' line 4 has a quoted field that never closes"))
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
