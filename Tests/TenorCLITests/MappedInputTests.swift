import Foundation
import Testing

/// An input file another program cuts short while Tenor has it mapped: a message naming the
/// file and exit status 2, not a bus error, and no output folder.
@Suite struct MappedInputTests {
    @Test func aFileCutShortMidRunEndsWithAMessage() throws {
        let folder = try TemporaryFolder()
        // 40 MB: counting it takes far longer than finding it mapped and stopping Tenor.
        let paragraph = (0..<120).map { "w\($0 % 997)" }.joined(separator: " ")
        let corpus = try folder.file("corpus.txt", Array(repeating: paragraph, count: 60_000).joined(separator: "\n\n"))
        let output = folder.url.appendingPathComponent("out")
        let process = Process()
        process.executableURL = TenorRunner.executable
        process.arguments = ["vectorize", corpus, "--output", output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Once the file shows in the process's mappings, stop it, cut the file to nothing, and
        // let it go on: its next read of a page of the file faults.
        let maps = "/proc/\(process.processIdentifier)/maps"
        var mapped = false
        while process.isRunning && !mapped {
            mapped = (try? String(contentsOfFile: maps, encoding: .utf8))?.contains(corpus) == true
            if !mapped { usleep(200) }
        }
        #expect(mapped)
        // Past the size check that follows the mapping (a file cut short before it is read as
        // it is then), well within the counting of 40 MB.
        usleep(50_000)
        kill(process.processIdentifier, SIGSTOP)
        #expect(truncate(corpus, 0) == 0)
        kill(process.processIdentifier, SIGCONT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2)
        #expect(message.hasPrefix("tenor: '\(corpus)' shrank while it was being read"), "\(message)")
        // vectorize reads all its input before it makes the output folder: none is there.
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Bytes rewritten in place (same size) show through a mapping: the run ends with exit 2 and
    /// a message before any output, never with results of two texts mixed.
    @Test func aFileRewrittenInPlaceMidRunEndsWithAMessage() throws {
        let folder = try TemporaryFolder()
        // 6 MB: mapped, and counted for far longer than the pause before Tenor is stopped.
        let paragraph = (0..<120).map { "w\($0 % 997)" }.joined(separator: " ")
        let text = Array(repeating: paragraph, count: 10_000).joined(separator: "\n\n")
        let corpus = try folder.file("corpus.txt", text)
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
        // Past the check that follows the mapping, well within the counting.
        usleep(50_000)
        kill(process.processIdentifier, SIGSTOP)
        // Every byte changed, the size kept, the modification time moved.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: corpus))
        try handle.write(contentsOf: Data(text.uppercased().utf8))
        try handle.close()
        var times = [timeval(tv_sec: time(nil) + 60, tv_usec: 0), timeval(tv_sec: time(nil) + 60, tv_usec: 0)]
        #expect(utimes(corpus, &times) == 0)
        kill(process.processIdentifier, SIGCONT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.hasPrefix("tenor: '\(corpus)' changed while it was read, so the results would mix two texts"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
