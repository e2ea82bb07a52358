import Foundation
import Testing

/// The temporary files of `tenor stats`: the copy of standard input that `--format json`/`jsonl`
/// reads twice (key terms weigh each paragraph against its whole file), which gives the output
/// a file gives; and the word types that the summaries' lexical diversity spills to disk.
@Suite struct StatsTemporaryFileTests {
    /// Paragraphs with repeated terms, so that key terms are found.
    static let text = (0..<60).map { index in
        "Paragraph \(index) says the budget for roads \(index % 3 == 0 ? "rises" : "falls") while parks wait. Roads again."
    }.joined(separator: "\n\n")

    @Test(arguments: ["json", "jsonl"])
    func standardInputGivesWhatAFileGives(format: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.file("budget.txt", Self.text)
        let fromFile = try TenorRunner.run(["stats", "--format", format, file])
        let fromInput = try TenorRunner.run(["stats", "--format", format], input: Self.text)
        #expect(fromFile.status == 0 && fromInput.status == 0, "\(fromInput.error)")
        #expect(fromInput.output == fromFile.output)
        #expect(fromInput.output.contains("key_terms"))
        // No temporary file can be made there: the input is held in memory instead, same output.
        let held = try TenorRunner.run(["stats", "--format", format], input: Self.text, environment: ["TMPDIR": folder.url.path + "/missing"])
        #expect(held.status == 0)
        #expect(held.output == fromFile.output)
    }

    /// Standard input and a file together: each is weighed against itself, as two files are.
    @Test func standardInputBesideAFile() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("first.txt", Self.text)
        let second = try folder.file("second.txt", "Parks and roads. Parks again.\n\nRoads, parks, budgets.")
        let files = try TenorRunner.run(["stats", "--format", "jsonl", first, second])
        let mixed = try TenorRunner.run(["stats", "--format", "jsonl", "-", second], input: Self.text)
        #expect(mixed.status == 0, "\(mixed.error)")
        #expect(mixed.output == files.output.replacingOccurrences(of: "\"file\":\"\(first)\"", with: "\"file\":\"-\""))
    }

    /// The temporary copy stops growing (here at the file size limit, as on a full disk): the
    /// input cannot be read a second time, so the run stops with exit 2 before writing a row.
    @Test func aCopyThatCannotBeWrittenStopsTheRun() throws {
        // 46 KB fits in the pipe at once; the limit (8 blocks of 512 bytes) is far below it.
        let input = String(repeating: Self.text + "\n\n", count: 10)
        let result = try TenorRunner.run(["-c", "ulimit -f 8 && exec \"$0\" stats --format jsonl", TenorRunner.executable.path],
                                         input: input, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("cannot keep standard input in a temporary file"), "\(result.error)")
        #expect(result.error.contains("set TMPDIR to a folder with room, or give the input as a file"))
    }

    /// More words than the 4 MiB of word types kept in memory (1 << 20), where the temporary
    /// file cannot take them (the file size limit, as a full disk): they stay in memory, and the
    /// summary is the one the file gives.
    @Test func wordTypesStayInMemoryWhenTheirFileIsFull() throws {
        let folder = try TemporaryFolder()
        let words = (0..<1_100_000).map { "w\($0 % 4999) " }
        let paragraphs = stride(from: 0, to: words.count, by: 50).map { words[$0..<min($0 + 50, words.count)].joined() }
        let file = try folder.file("many-words.txt", paragraphs.joined(separator: "\n\n"))
        let free = try TenorRunner.run(["stats", "--format", "markdown", file])
        let limited = try TenorRunner.run(["-c", "ulimit -f 8 && exec \"$0\" stats --format markdown \"$1\"", TenorRunner.executable.path, file],
                                          executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(free.status == 0 && limited.status == 0, "\(limited.error)")
        #expect(limited.output == free.output)
        #expect(free.output.contains("MTLD"), "the summary shows the measures that read the types back")
    }
}
