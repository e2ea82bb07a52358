import Foundation
import Testing
@testable import TenorCLI

/// Endless or oversized input ends in a clear error naming it, exit 2, never a crash. The text
/// limit is lowered with TENOR_MAX_INPUT so that no test reads gigabytes.
@Suite struct InputLimitTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")
    static let oneMiB = ["TENOR_MAX_INPUT": "1M"]
    static let textAdvice = "it is larger than 1 MiB, the most Tenor reads of one text, as TENOR_MAX_INPUT sets; split it into smaller files, or set TENOR_MAX_INPUT (such as TENOR_MAX_INPUT=64G) to raise the limit\n"

    @Test(arguments: [
        (["tone", "/dev/zero"], "'/dev/zero'"),
        (["report", "/dev/zero"], "'/dev/zero'"),
        (["similar", "-", "--against", "/dev/zero"], "'/dev/zero'"),
        (["similar", "-", "--query-file", "/dev/zero"], "'/dev/zero'"),
    ])
    func endlessFilesAreRefused(arguments: [String], name: String) throws {
        let result = try TenorRunner.run(arguments, input: "Some words here.", environment: Self.oneMiB)
        #expect(result.status == 2)
        #expect(result.error == "tenor: cannot read \(name): " + Self.textAdvice)
        #expect(result.output.isEmpty)
    }

    @Test func endlessStandardInputIsRefused() throws {
        let result = try TenorRunner.run(["-c", "exec \"$0\" tone < /dev/zero", TenorRunner.executable.path],
                                         executable: Self.shell, environment: Self.oneMiB)
        #expect(result.status == 2)
        #expect(result.error == "tenor: cannot read standard input: " + Self.textAdvice)
    }

    /// Word lists have their own, fixed limit (64 MiB): /dev/zero is read that far, no further.
    @Test func endlessWordListsAreRefused() throws {
        let lexicon = try TenorRunner.run(["tone", "--lexicon", "/dev/zero"], input: "good")
        #expect(lexicon.status == 2)
        #expect(lexicon.error == "tenor: cannot read '/dev/zero': it is larger than 64 MiB, the most Tenor reads of a word list; check that it is the right file\n")
        let folder = try TemporaryFolder()
        let stopWords = try TenorRunner.run(["vectorize", "-", "--output", folder.url.path, "--stop-words", "/dev/zero"], input: "good")
        #expect(stopWords.status == 2)
        #expect(stopWords.error == "tenor: cannot read '/dev/zero': it is larger than 64 MiB, the most Tenor reads of a word list; check that it is the right file\n")
    }

    /// A regular file's size is checked before reading: a limit of 10 bytes takes 10, not 11.
    @Test func theLimitIsInclusive() throws {
        let folder = try TemporaryFolder()
        let ten = try folder.file("ten.txt", "four five\n")
        let eleven = try folder.file("eleven.txt", "four fives\n")
        let fits = try TenorRunner.run(["report", ten, "--format", "tsv"], environment: ["TENOR_MAX_INPUT": "10"])
        #expect(fits.status == 0, "\(fits.error)")
        let tooLarge = try TenorRunner.run(["report", eleven, "--format", "tsv"], environment: ["TENOR_MAX_INPUT": "10"])
        #expect(tooLarge.status == 2)
        #expect(tooLarge.error.hasPrefix("tenor: cannot read '\(eleven)': it is larger than 10 bytes"))
        // Through a pipe the 11th byte is what tells.
        let piped = try TenorRunner.run(["report", "--format", "tsv"], input: "four fives\n", environment: ["TENOR_MAX_INPUT": "10"])
        #expect(piped.status == 2)
        let pipedFits = try TenorRunner.run(["report", "--format", "tsv"], input: "four five\n", environment: ["TENOR_MAX_INPUT": "10"])
        #expect(pipedFits.status == 0)
    }

    @Test func aBadLimitIsAUsageError() throws {
        let result = try TenorRunner.run(["report"], input: "x", environment: ["TENOR_MAX_INPUT": "lots"])
        #expect(result.status == 2)
        #expect(result.error == "tenor: TENOR_MAX_INPUT 'lots' is not a size: give bytes, or a number with K, M, G or T (such as 64G)\n")
    }

    @Test func sizesReadAndShowInBinaryUnits() {
        #expect(InputLimit.size("64") == 64)
        #expect(InputLimit.size("64k") == 64 << 10)
        #expect(InputLimit.size("3G") == 3 << 30)
        #expect(InputLimit.size("2T") == 2 << 40)
        #expect(InputLimit.size("0") == nil)
        #expect(InputLimit.size("-5M") == nil)
        #expect(InputLimit.size("9223372036854775807T") == nil)
        #expect(InputLimit.size(String(Int.max)) == nil)
        #expect(InputLimit.describe(10) == "10 bytes")
        #expect(InputLimit.describe(64 << 20) == "64 MiB")
        // 23 GiB / 2 = 11.5 GiB.
        #expect(InputLimit.describe(23 << 29) == "11.5 GiB")
    }

    /// The default is half the machine's memory.
    @Test func theDefaultLimitIsHalfTheMemory() throws {
        guard getenv("TENOR_MAX_INPUT") == nil else { return }
        let memory = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
        #expect(try InputLimit.text().bytes == memory / 2)
    }
}
