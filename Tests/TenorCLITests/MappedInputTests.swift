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
        kill(process.processIdentifier, SIGSTOP)
        #expect(truncate(corpus, 0) == 0)
        kill(process.processIdentifier, SIGCONT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2)
        #expect(message.hasPrefix("tenor: '\(corpus)' shrank while it was being read"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
