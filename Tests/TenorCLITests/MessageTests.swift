import Foundation
import Testing

/// Failures that once gave no message or a misleading one.
@Suite struct MessageTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test func aFullStandardOutputIsReported() throws {
        let folder = try TemporaryFolder()
        let text = try folder.file("a.txt", String(repeating: "Some words in a paragraph.\n\n", count: 5_000))
        let result = try TenorRunner.run(["-c", "exec \"$0\" report --format tsv \"$1\" > /dev/full", TenorRunner.executable.path, text],
                                         executable: Self.shell)
        #expect(result.status == 1)
        #expect(result.error == "tenor: cannot write to standard output: no space left on the device; the output is incomplete\n")
    }

    /// The tenor lexicon is read by worker threads before anything is written: the descriptor
    /// one of them opens must not take the closed output's number (it gave `Invalid argument`).
    @Test(arguments: ["report", "tone"])
    func aClosedStandardOutputIsReported(command: String) throws {
        let result = try TenorRunner.run(["-c", "exec \"$0\" \(command) --format tsv >&-", TenorRunner.executable.path],
                                         input: "Some words.", executable: Self.shell)
        #expect(result.status == 1)
        #expect(result.error == "tenor: cannot write to standard output: it is closed; the output is incomplete\n")
    }

    @Test func aLinkLoopIsCalledALoop() throws {
        let folder = try TemporaryFolder()
        let loop = folder.url.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.txt")
        let result = try TenorRunner.run(["report", loop])
        #expect(result.status == 2)
        #expect(result.error == "tenor: cannot read '\(loop)': a loop of symbolic links (each link leads to another); check where the links point\n")
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00], "UTF-16 LE", "UTF-16"),
        ([0xFE, 0xFF, 0x00, 0x68, 0x00, 0x69], "UTF-16 BE", "UTF-16"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x68, 0x00, 0x00, 0x00], "UTF-32 LE", "UTF-32"),
    ] as [([UInt8], String, String)])
    func otherUnicodeEncodingsAreNamed(bytes: [UInt8], encoding: String, family: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("wide.txt", Data(bytes))
        let result = try TenorRunner.run(["report", path])
        #expect(result.status == 2)
        #expect(result.error == "tenor: '\(path)' is not UTF-8: it looks like \(encoding) text (it starts with that byte-order mark); convert it, such as with iconv -f \(family) -t UTF-8 '\(path)' > converted.txt\n")
        let standardInput = try TenorRunner.run(["-c", "exec \"$0\" report < \"$1\"", TenorRunner.executable.path, path], executable: Self.shell)
        #expect(standardInput.error.hasPrefix("tenor: standard input is not UTF-8: it looks like \(encoding) text"))
        #expect(standardInput.error.hasSuffix("iconv -f \(family) -t UTF-8 FILE > converted.txt\n"))
    }

    @Test func aUTF16LexiconIsNamed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("words.tsv", Data([0xFF, 0xFE] + "term\tscore\n".utf8.flatMap { [$0, 0] }))
        let result = try TenorRunner.run(["tone", "--lexicon", path], input: "good")
        #expect(result.status == 2)
        #expect(result.error == "tenor: cannot read lexicon '\(path)': it is not UTF-8 but looks like UTF-16 LE text (it starts with that byte-order mark); convert it, such as with iconv -f UTF-16 -t UTF-8 '\(path)' > converted.tsv\n")
    }

    @Test(arguments: [
        ("term\tscore\nzorp\t0x1p3\n", "line 2: score '0x1p3' is not a number in decimal notation; write it as a decimal such as -1.5"),
        ("term\tscore\nzorp\t1e309\n", "line 2: score '1e309' is out of range, too large for any number Tenor holds; scores belong on VADER's -4…4 scale"),
        ("term\tscore\n\t2\n", "line 2: the term is empty; write the word before the tab, or remove the line"),
        ("term\tscore\nzorp\t1\nZorp\t2\n", "line 3: term 'Zorp' has upper-case letters, but words are looked up lower-cased, so it could never match; write it as 'zorp'"),
    ])
    func lexiconRowsThatCouldNotBeMeantAreRefused(text: String, message: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("mine.tsv", text)
        let result = try TenorRunner.run(["tone", "--lexicon", path], input: "zorp")
        #expect(result.status == 2)
        #expect(result.error == "tenor: lexicon '\(path)' \(message)\n")
    }

    /// The same file twice is read twice, as asked (each copy keeps its own rows), and said:
    /// its paragraphs are each other's nearest neighbours.
    @Test func aFileGivenTwiceIsSaidSo() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("a.txt", "red green blue\n\nyellow green")
        let twice = try TenorRunner.run(["similar", path, path, "--format", "tsv"])
        #expect(twice.status == 0)
        #expect(twice.error == "tenor: warning: '\(path)' is given more than once; it is read again, so its paragraphs will match their own copies\n")
        // Paragraph 1 of the first copy finds paragraph 1 of the second with score 1.
        #expect(twice.lines.contains { $0.hasPrefix("\(path)\t1\t1\t\(path)\t1\t1.000000") }, "\(twice.output)")
        // Through a folder and by another path: the same file, named by both paths.
        let other = folder.url.path + "/./a.txt"
        let both = try TenorRunner.run(["report", folder.url.path, other, "--format", "tsv"])
        #expect(both.status == 0)
        #expect(both.error == "tenor: warning: '\(other)' is the same file as '\(path)'; it is read again, so its paragraphs will match their own copies\n")
        #expect(both.lines.count == 1 + 4)
    }
}
