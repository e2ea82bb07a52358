import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// `tenor tone` writes every view block by block, with running totals; whatever the block size,
/// the output is the one the whole input gives at once (the table's cells and summaries too,
/// its column widths set by the first block).
@Suite struct ToneBlocksTests {
    static func command(_ arguments: [String]) throws -> ToneCommand {
        try #require(TenorCommand.parseAsRoot(["tone"] + arguments) as? ToneCommand)
    }

    /// The lines `command` writes over `paths` read in blocks of `blockSize` bytes.
    static func blockLines(_ command: ToneCommand, _ analysis: ToneAnalysis, _ paths: [String], blockSize: Int,
                           format: OutputFormat, width: Int? = nil) throws -> [String] {
        let collected = BlockTesting.Collected()
        try command.writeInBlocks(try BlockTesting.reader(paths, command.input, blockSize: blockSize), analysis,
                                  to: BlockOutput(format: format, to: collected, width: width))
        return collected.lines
    }

    /// The lines of the whole input's report, as one report.
    static func wholeLines(_ command: ToneCommand, _ analysis: ToneAnalysis, _ paths: [String], format: OutputFormat) throws -> [String] {
        let view = ToneView(report: analysis.report(try BlockTesting.documents(paths)), sentences: command.sentences,
                            explain: command.explain)
        return try view.lines(format)
    }

    @Test(arguments: [[], ["--sentences"], ["--explain"], ["--engine", "vader"]])
    func everyViewWrittenInBlocksIsTheWholeInputsView(options: [String]) throws {
        let folder = try TemporaryFolder()
        let paths = try BlockTesting.inputs(folder)
        let command = try Self.command(options)
        let analysis = try command.makeAnalysis()
        for format: OutputFormat in [.json, .jsonl, .csv, .tsv, .markdown] {
            let whole = try Self.wholeLines(command, analysis, paths, format: format)
            // 16 bytes: about one paragraph a block; 1 MiB: each file one block.
            for blockSize in [16, 100, 1 << 20] {
                let blocks = try Self.blockLines(command, analysis, paths, blockSize: blockSize, format: format)
                #expect(blocks == whole, "\(options) --format \(format) in blocks of \(blockSize)")
            }
        }
    }

    /// An empty file first: its block has no rows, and the header still has the sentence
    /// column (it once took the columns from the first block's rows).
    @Test func anEmptyFirstFileKeepsTheSentenceColumn() throws {
        let folder = try TemporaryFolder()
        let paths = try BlockTesting.inputs(folder)
        let command = try Self.command(["--sentences"])
        let analysis = try command.makeAnalysis()
        let emptyFirst = [paths[1], paths[0], paths[2]]
        for format: OutputFormat in [.tsv, .csv, .markdown] {
            let lines = try Self.blockLines(command, analysis, emptyFirst, blockSize: 16, format: format)
            #expect(lines == (try Self.wholeLines(command, analysis, emptyFirst, format: format)))
            #expect(lines[0].contains("sentence"))
        }
    }

    /// The table is laid out by the first block with rows, so its cells are the whole table's
    /// but a later, wider cell widens its column from there on; each file in one block (and the
    /// first block's rows the widest) gives the whole table exactly.
    @Test func theTableInBlocksHasTheWholeTablesCells() throws {
        let folder = try TemporaryFolder()
        let paths = try BlockTesting.inputs(folder)
        let command = try Self.command([])
        let analysis = try command.makeAnalysis()
        let whole = try Self.wholeLines(command, analysis, paths, format: .table)
        let blocks = try Self.blockLines(command, analysis, paths, blockSize: 16, format: .table)
        #expect(BlockTesting.cells(blocks) == BlockTesting.cells(whole))
        let summary = try #require(whole.firstIndex(of: ""))
        #expect(blocks[summary...] == whole[summary...])
        // The first rows name a.txt: the header is laid out for that name, and the rows of
        // a-longer-name.txt push the columns after it 12 characters further right.
        func paragraphColumnEnd(_ line: String) -> Int {
            let characters = Array(line)
            var cells = 0
            for offset in characters.indices.dropFirst() where characters[offset] == " " && characters[offset - 1] != " " {
                cells += 1
                if cells == 2 { return offset }
            }
            return characters.count
        }
        #expect(paragraphColumnEnd(blocks[summary - 1]) - paragraphColumnEnd(blocks[2]) == "-longer-name".count)
        #expect(blocks[0] != whole[0])
        let oneFile = [paths[0]]
        #expect(try Self.blockLines(command, analysis, oneFile, blockSize: 16, format: .table)
                == Self.wholeLines(command, analysis, oneFile, format: .table))
    }

    /// JSON with several files: the rows, then the summary, then the totals per file, so the
    /// document is written while the input is read; it parses and holds every file's totals.
    @Test func jsonPutsThePerFileTotalsAfterTheRows() throws {
        let folder = try TemporaryFolder()
        let paths = try BlockTesting.inputs(folder)
        let command = try Self.command([])
        let text = try Self.blockLines(command, try command.makeAnalysis(), paths, blockSize: 16, format: .json).joined(separator: "\n")
        let keys = ["\"engine\"", "\"lexicons\"", "\"paragraphs\"", "\"summary\"", "\"files\""]
        let offsets = try keys.map { try #require(text.range(of: "\n  \($0) : ")?.lowerBound, "\($0)") }
        #expect(offsets == offsets.sorted())
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["units"] as? Int } == [12, 0, 3])
        #expect((object["paragraphs"] as? [Any])?.count == 15)
    }

    /// Invalid UTF-8 in the third paragraph (blocks of 8 bytes: a paragraph each): the error
    /// comes after the rows before it, and the JSON written so far is closed, one valid
    /// document with those rows and their totals.
    @Test func aLaterBadBlockLeavesValidJSON() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.txt", Data("A lovely start.\n\nStill fine here.\n\nBroken \u{FF}".utf8.map { $0 == 0xBF ? 0xFF : $0 }))
        let command = try Self.command([])
        let collected = BlockTesting.Collected()
        #expect(throws: CLIError.self) {
            try command.writeInBlocks(try BlockTesting.reader([path], command.input, blockSize: 8), try command.makeAnalysis(),
                                      to: BlockOutput(format: .json, to: collected, width: nil))
        }
        let object = try #require(JSONSerialization.jsonObject(with: Data(collected.lines.joined(separator: "\n").utf8)) as? [String: Any])
        #expect((object["paragraphs"] as? [Any])?.count == 2)
        #expect((object["summary"] as? [String: Any])?["units"] as? Int == 2)
    }
}
