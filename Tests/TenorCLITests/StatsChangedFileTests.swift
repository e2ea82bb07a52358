import Foundation
import Testing

/// `stats --format json` reads each file twice (term counts, then rows); a file that changes
/// in between or during the second pass ends the run with exit 2 and a message, never with rows
/// whose key terms come from another text. Both tests catch Tenor at a known point: stopped as
/// soon as it has the file open in the first pass (the versions to compare are taken before it
/// opens it), or blocked writing rows to a pipe that is not being read (the second pass); the
/// file's modification time is then moved.
@Suite struct StatsChangedFileTests {
    /// `paragraphs` paragraphs of 30 words, 225 bytes each.
    private static func corpus(in folder: TemporaryFolder, paragraphs: Int) throws -> String {
        let paragraph = (0..<30).map { "word\($0 % 613) w\($0 % 97)" }.joined(separator: " ")
        return try folder.file("corpus.txt", Array(repeating: paragraph, count: paragraphs).joined(separator: "\n\n"))
    }

    /// Moves the file's modification time a minute back, as a rewrite in place would change it.
    private static func touch(_ path: String) {
        var times = [timeval(tv_sec: time(nil) - 60, tv_usec: 0), timeval(tv_sec: time(nil) - 60, tv_usec: 0)]
        #expect(utimes(path, &times) == 0)
    }

    private static func start(_ corpus: String) throws -> (Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = TenorRunner.executable
        process.arguments = ["stats", corpus, "--format", "json", "--no-progress"]
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    @Test func aChangeDuringTheFirstPassStopsBeforeAnyRow() throws {
        let folder = try TemporaryFolder()
        // 9 MB, more than two blocks of 4 MiB: the reading thread holds the file open while the
        // counting thread works through the first block, so the first pass is not missed.
        let corpus = try Self.corpus(in: folder, paragraphs: 40_000)
        let (process, output, errors) = try Self.start(corpus)
        var open = false
        while process.isRunning && !open {
            open = Self.hasOpen(corpus, process.processIdentifier)
            if !open { usleep(50) }
        }
        kill(process.processIdentifier, SIGSTOP)
        #expect(open)
        Self.touch(corpus)
        kill(process.processIdentifier, SIGCONT)
        let rows = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(rows.isEmpty)
        #expect(message.contains("'\(corpus)' changed while it was read; its key terms need it read twice unchanged"), "\(message)")
    }

    @Test func aChangeDuringTheSecondPassEndsWithExitTwoAfterTheRows() throws {
        let folder = try TemporaryFolder()
        // 1.2 MB, whose 12 MB of rows overflow a pipe's 64 KiB many times.
        let corpus = try Self.corpus(in: folder, paragraphs: 4_000)
        let (process, output, errors) = try Self.start(corpus)
        // Rows go out only in the second pass; the first 4 KiB of them show it has begun, and
        // the pipe, not read meanwhile, fills and holds Tenor there while the file changes.
        let first = output.fileHandleForReading.readData(ofLength: 4096)
        #expect(first.count == 4096)
        usleep(200_000)
        Self.touch(corpus)
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("'\(corpus)' changed while it was read a second time, so the rows written may not match it"), "\(message)")
        // The rows written are a whole JSON document with every paragraph.
        let document = try JSONSerialization.jsonObject(with: first + rest) as? [String: Any]
        #expect((document?["paragraphs"] as? [Any])?.count == 4_000)
    }

    /// Whether one of the process's descriptors is `path` open.
    private static func hasOpen(_ path: String, _ process: Int32) -> Bool {
        let folder = "/proc/\(process)/fd"
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return descriptors.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + $0)) == path }
    }
}
