import Foundation
import Testing

/// An input file another program changes while Tenor has it mapped: a message naming the file
/// and exit status 2, never a bus error or results of two texts, and no output folder.
@Suite struct MappedInputTests {
    @Test func aFileCutShortMidRunEndsWithAMessage() throws {
        // 40 MB: counting it takes far longer than finding it mapped and stopping Tenor. Its
        // next read of a page of the file, once cut to nothing, faults.
        let run = try Self.vectorize(paragraphs: 60_000) { corpus in
            #expect(truncate(corpus, 0) == 0)
        }
        #expect(run.process.terminationReason == .exit && run.process.terminationStatus == 2)
        #expect(run.message.hasPrefix("tenor: '\(run.corpus)' shrank while it was being read"), "\(run.message)")
    }

    /// Bytes rewritten in place (same size) show through a mapping: the run ends before any
    /// output, never with results of two texts mixed.
    @Test func aFileRewrittenInPlaceMidRunEndsWithAMessage() throws {
        // 6 MB: mapped, and counted for far longer than the pause before Tenor is stopped.
        let run = try Self.vectorize(paragraphs: 10_000) { corpus in
            // Every byte changed, the size kept, the modification time moved.
            let text = try String(contentsOfFile: corpus, encoding: .utf8)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus))
            try handle.write(contentsOf: Data(text.uppercased().utf8))
            try handle.close()
            var times = [timeval(tv_sec: time(nil) + 60, tv_usec: 0), timeval(tv_sec: time(nil) + 60, tv_usec: 0)]
            #expect(utimes(corpus, &times) == 0)
        }
        #expect(run.process.terminationStatus == 2)
        #expect(run.message.hasPrefix("tenor: '\(run.corpus)' changed while it was read, so the results would mix two texts"), "\(run.message)")
    }

    /// `tenor vectorize` over a corpus of `paragraphs` paragraphs, stopped once the file shows in
    /// its mappings (and past the size check that follows them: a file changed before that is
    /// read as it is then), the file changed by `change`, then let go on to its end. vectorize
    /// reads all its input before it makes the output folder: none is ever there.
    private static func vectorize(paragraphs: Int, change: (String) throws -> Void) throws -> (process: Process, corpus: String, message: String) {
        let folder = try TemporaryFolder()
        let paragraph = (0..<120).map { "w\($0 % 997)" }.joined(separator: " ")
        let corpus = try folder.file("corpus.txt", Array(repeating: paragraph, count: paragraphs).joined(separator: "\n\n"))
        let output = folder.url.appendingPathComponent("out")
        let process = Process()
        process.executableURL = TenorRunner.executable
        process.arguments = ["vectorize", corpus, "--output", output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let maps = "/proc/\(process.processIdentifier)/maps"
        var mapped = false
        while process.isRunning && !mapped {
            mapped = (try? String(contentsOfFile: maps, encoding: .utf8))?.contains(corpus) == true
            if !mapped { usleep(100) }
        }
        #expect(mapped)
        usleep(50_000)
        kill(process.processIdentifier, SIGSTOP)
        try change(corpus)
        kill(process.processIdentifier, SIGCONT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: output.path))
        return (process, corpus, message)
    }
}
