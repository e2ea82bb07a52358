import Foundation
import Testing

/// `tenor vectorize -o DIR` replaces DIR's matrix.mtx and vocabulary.txt together or not at
/// all, keeps the user's other files, and leaves no temporary folder behind.
@Suite struct OutputFolderTests {
    static func contents(_ folder: URL) throws -> [String: String] {
        var contents: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            contents[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return contents
    }

    /// Names in `folder` that are temporary (`.NAME.tenor-PID`, or an old `NAME.tmp-PID`).
    static func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tenor-") || $0.contains(".tmp-") }
    }

    /// `tenor vectorize` of the text "alpha beta" into `output`.
    static func vectorizeAlphaBeta(into output: URL) throws -> TenorRunner.Result {
        try TenorRunner.run(["vectorize", "-", "--output", output.path], input: "alpha beta")
    }

    @Test func otherFilesInTheFolderAreKept() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("out/notes.md", "my notes")
        let output = URL(fileURLWithPath: try folder.file("out/matrix.mtx", "old matrix")).deletingLastPathComponent()
        let result = try Self.vectorizeAlphaBeta(into: output)
        #expect(result.status == 0, "\(result.error)")
        let contents = try Self.contents(output)
        #expect(contents.keys.sorted() == ["matrix.mtx", "notes.md", "vocabulary.txt"])
        #expect(contents["notes.md"] == "my notes")
        #expect(contents["vocabulary.txt"] == "alpha\nbeta\n")
        #expect(try Self.leftovers(folder.url).isEmpty)
    }

    @Test func aFolderWhereAFileGoesFailsBeforeAnythingIsReplaced() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        _ = try folder.file("out/matrix.mtx", "old matrix")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("vocabulary.txt"), withIntermediateDirectories: true)
        let result = try Self.vectorizeAlphaBeta(into: output)
        #expect(result.status == 2)
        #expect(result.error == "tenor: '\(output.path)/vocabulary.txt' is a folder where tenor vectorize writes a file: remove or rename it; nothing was replaced\n")
        #expect(try String(contentsOf: output.appendingPathComponent("matrix.mtx"), encoding: .utf8) == "old matrix")
        #expect(try Self.leftovers(folder.url).isEmpty)
        // It is found before any input is read: a missing input is not what is reported.
        let early = try TenorRunner.run(["vectorize", "missing.txt", "--output", output.path])
        #expect(early.error == result.error)
    }

    @Test func aSubfolderIsRefusedAndNothingChanges() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        _ = try folder.file("out/matrix.mtx", "old matrix")
        _ = try folder.file("out/keep/me.txt", "mine")
        let result = try Self.vectorizeAlphaBeta(into: output)
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tenor: --output '\(output.path)' holds the folder '\(output.path)/keep': "))
        #expect(try String(contentsOf: output.appendingPathComponent("matrix.mtx"), encoding: .utf8) == "old matrix")
        #expect(try String(contentsOf: output.appendingPathComponent("keep/me.txt"), encoding: .utf8) == "mine")
        #expect(try Self.leftovers(folder.url).isEmpty)
    }

    /// The second run must not read the first run's vocabulary.txt as a text.
    @Test func aFolderThatIsInputAndOutputGivesTheSameResultTwice() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("a.txt", "red green\n\nblue red")
        let first = try TenorRunner.run(["vectorize", folder.url.path, "--output", folder.url.path])
        #expect(first.status == 0, "\(first.error)")
        let firstContents = try Self.contents(folder.url)
        let second = try TenorRunner.run(["vectorize", folder.url.path, "--output", folder.url.path])
        #expect(second.status == 0, "\(second.error)")
        #expect(try Self.contents(folder.url) == firstContents)
        #expect(firstContents["vocabulary.txt"] == "blue\ngreen\nred\n")
        #expect(firstContents["a.txt"] == "red green\n\nblue red")
    }

    /// Output in a folder below an input folder: its vocabulary.txt is not read either.
    @Test func anOutputFolderInsideTheInputIsNotRead() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("a.txt", "red green")
        let output = folder.url.appendingPathComponent("out").path
        for _ in 0..<2 {
            let result = try TenorRunner.run(["vectorize", folder.url.path, "--output", output])
            #expect(result.status == 0, "\(result.error)")
        }
        #expect(try String(contentsOf: URL(fileURLWithPath: output + "/matrix.mtx"), encoding: .utf8).contains("\n1 2 2\n"))
    }

    @Test func aLinkedFolderIsReplacedWhereTheLinkPoints() throws {
        let folder = try TemporaryFolder()
        let real = folder.url.appendingPathComponent("real")
        _ = try folder.file("real/matrix.mtx", "old matrix")
        let link = folder.url.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real")
        let result = try TenorRunner.run(["vectorize", "-", "--output", link.path], input: "alpha beta")
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real")
        #expect(try String(contentsOf: real.appendingPathComponent("vocabulary.txt"), encoding: .utf8) == "alpha\nbeta\n")
    }

    @Test func theCurrentFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("notes.md", "mine")
        let result = try TenorRunner.run(["-c", "cd \"$1\" && exec \"$0\" vectorize - --output .", TenorRunner.executable.path, folder.url.path],
                                         input: "alpha beta", executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 2)
        #expect(result.error == "tenor: --output '.' holds the current folder, and tenor vectorize replaces its output folder as a whole: name a folder inside it, such as --output out\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.md"])
    }

    /// A real SIGINT while the new files are being written (seen as a temporary name appearing) leaves the earlier pair as it was and no temporary folder; a SIGINT that comes
    /// during the swap waits for it, so the new pair is complete. Either way the two files match.
    @Test func anInterruptLeavesAMatchingPairAndNoTemporaryFolder() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        _ = try folder.file("out/matrix.mtx", "old matrix")
        _ = try folder.file("out/vocabulary.txt", "old vocabulary")
        // About 8 MB of text: writing its matrix takes long enough to be caught in the act.
        var generator = SystemRandomNumberGenerator()
        let words = (0..<5_000).map { "w\($0)x" }
        let text = (0..<20_000).map { _ in (0..<60).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") }
            .joined(separator: "\n\n")
        let corpus = try folder.file("corpus.txt", text)
        let process = Process()
        // The test runner's children inherit an ignored SIGINT, which Tenor leaves ignored (as
        // programs should): env restores the default action first, as a shell's would be.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=INT", TenorRunner.executable.path, "vectorize", corpus, "--output", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Writing has begun when the temporary folder appears (or, as Tenor once wrote, a
        // temporary file beside the old ones).
        let temporaries = [folder.url.appendingPathComponent(".out.tenor-\(process.processIdentifier)").path,
                           output.appendingPathComponent("matrix.mtx.tmp-\(process.processIdentifier)").path]
        var caught = false
        while process.isRunning {
            if temporaries.contains(where: FileManager.default.fileExists) {
                kill(process.processIdentifier, SIGINT)
                caught = true
                break
            }
            usleep(100)
        }
        process.waitUntilExit()
        let contents = try Self.contents(output)
        #expect(contents.keys.sorted() == ["matrix.mtx", "vocabulary.txt"])
        if contents["matrix.mtx"] == "old matrix" {
            #expect(contents["vocabulary.txt"] == "old vocabulary")
            #expect(caught && process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
        } else {
            #expect(contents["vocabulary.txt"]?.split(separator: "\n").count == 5_000)
            #expect(contents["matrix.mtx"]?.contains("\n20000 5000 ") == true)
        }
        #expect(try Self.leftovers(folder.url).isEmpty)
    }
}
