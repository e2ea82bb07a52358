import Foundation
import Testing

/// Bad input: one clear line on stderr naming the file and what to do; exit 2 (usage/input).
@Suite struct ErrorTests {
    @Test func missingFile() throws {
        let result = try TenorRunner.run(["report", "no-such-file.txt"])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error == "tenor: cannot read 'no-such-file.txt': no such file or folder; check the path\n")
    }

    @Test func folderWithoutTextFiles() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("data.csv", "a,b")
        let result = try TenorRunner.run(["report", folder.url.path])
        #expect(result.status == 2)
        #expect(result.error.contains("folder '\(folder.url.path)' holds no .txt or .md files"))
    }

    @Test func invalidUTF8NamesFileLineAndByte() throws {
        let folder = try TemporaryFolder()
        // Line 2 starts at byte 6; the bad byte 0xFF is at offset 9.
        let path = try folder.write("bad.txt", Data([0x68, 0x65, 0x6C, 0x6C, 0x6F, 0x0A, 0x61, 0x62, 0x63, 0xFF, 0x0A]))
        let result = try TenorRunner.run(["report", path])
        #expect(result.status == 2)
        #expect(result.error == "tenor: '\(path)' is not valid UTF-8 at line 2, byte offset 9: convert it to UTF-8, or pass --lossy to replace bad bytes\n")
        let lossy = try TenorRunner.run(["report", path, "--lossy", "--format", "tsv"])
        #expect(lossy.status == 0)
        // The last two fields are the nearest paragraph and its score: none, with one paragraph.
        #expect(lossy.lines.last?.hasSuffix("\thello abc\u{FFFD}\t\t") == true)
    }

    @Test(arguments: [
        ["report", "--format", "yaml"],
        ["report", "--split", "sentences"],
        ["vectorize", "-", "--output", "x", "--norm", "l3"],
        ["vectorize", "-", "--output", "x", "--ngram", "2,1"],
        ["vectorize", "-", "--output", "x", "--max-df", "1.5"],
        ["vectorize", "-", "--output", "x", "--min-df", "many"],
        ["frobnicate"],
    ])
    func unknownOptionValuesAreUsageErrors(arguments: [String]) throws {
        let result = try TenorRunner.run(arguments, input: "Some text here.")
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tenor: "))
        #expect(result.error.filter { $0 == "\n" }.count == 1, "one line: \(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func choicesAreListedOnTheOneLine() throws {
        let result = try TenorRunner.run(["report", "--format", "yaml"], input: "x")
        #expect(result.error == "tenor: The value 'yaml' is invalid for '--format <format>'. Please provide one of the following: table, json, jsonl, csv, tsv, markdown, html (see 'tenor --help')\n")
    }

    @Test func helpExitsZero() throws {
        let result = try TenorRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: tenor"))
    }
}

/// Inputs found by review that once misbehaved.
@Suite struct AwkwardInputTests {
    @Test func linkLoopsInAFolderAreReadOnce() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("a.txt", "hello world")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("gone.txt").path, withDestinationPath: "missing.txt")
        let result = try TenorRunner.run(["report", folder.url.path, "--format", "tsv"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.lines.count == 2)
    }

    @Test func emptyOutputFolderIsRefused() throws {
        let result = try TenorRunner.run(["vectorize", "-", "--output", ""], input: "alpha beta")
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tenor: --output is empty"))
    }

    @Test func aHugeNgramMaximumCostsNothing() throws {
        let folder = try TemporaryFolder()
        let result = try TenorRunner.run(["vectorize", "-", "--output", folder.url.path, "--ngram", "1,1000000000", "--counts"],
                                         input: "one two three\n\nfour five")
        #expect(result.status == 0)
        // 5 words + 3 bigrams + 1 trigram in the first paragraph + 1 bigram in the second.
        let vocabulary = try String(contentsOf: folder.url.appendingPathComponent("vocabulary.txt"), encoding: .utf8)
        #expect(vocabulary.split(separator: "\n").count == 5 + 2 + 1 + 1)
    }

    @Test func invalidUTF8LineCountsCarriageReturns() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("cr.txt", Data([0x61, 0x0D, 0x62, 0x0D, 0x62, 0x61, 0x64, 0x20, 0xFF]))
        let result = try TenorRunner.run(["report", path])
        #expect(result.error.contains("at line 3, byte offset 8"))
    }

    @Test func aStopWordFileMayStartWithAByteOrderMark() throws {
        let folder = try TemporaryFolder()
        let stops = try folder.write("stops.txt", Data([0xEF, 0xBB, 0xBF] + Array("the\n# a comment\r\ncat\r\n".utf8)))
        let result = try TenorRunner.run(["vectorize", "-", "--output", folder.url.appendingPathComponent("out").path, "--stop-words", stops],
                                         input: "the cat sat")
        #expect(result.status == 0)
        let vocabulary = try String(contentsOf: folder.url.appendingPathComponent("out/vocabulary.txt"), encoding: .utf8)
        #expect(vocabulary == "sat\n")
    }

    @Test func tableCellsStayOnTheirRow() throws {
        let result = try TenorRunner.run(["report", "--format", "table"], input: "Hard wrapped\nprose\there.\n\nSecond.",
                                         environment: ["COLUMNS": "200"])
        // Header, rule, two rows, a blank line, then the summary.
        #expect(result.lines[2].contains("Hard wrapped prose here."))
        #expect(result.lines[3].contains("Second."))
        #expect(result.lines[4].isEmpty)
    }
}
