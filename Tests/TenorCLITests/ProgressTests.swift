import Dispatch
import Foundation
import Synchronization
import Testing
@testable import TenorCLI

/// The progress display: its line, its timing (on an injected clock), and the binary's standard
/// streams with and without it.
@Suite struct ProgressTests {
    // MARK: The line

    @Test func readingWithATotalShowsPercentRateAndTimeLeft() {
        // 12.5 MB in 2 s: 6.25 MB/s, shown 6.3 (one decimal, half away from zero); 12.8 MB left
        // take 2.048 s, shown 0:02; 12.5 / 25.3 = 49.4 %, shown 49.
        let line = ProgressLine(phase: "reading", unit: .bytes, done: 12_500_000, total: 25_300_000, runSeconds: 4, phaseSeconds: 2)
        #expect(line.text == "tenor: 0:04 reading 12.5 MB of 25.3 MB (49%), 6.3 MB/s, ETA 0:02")
    }

    @Test func standardInputHasNoTotalSoNoPercentOrTimeLeft() {
        // 3.1 MB in 0.5 s: 6.2 MB/s.
        let line = ProgressLine(phase: "reading", unit: .bytes, done: 3_100_000, runSeconds: 0.4, phaseSeconds: 0.5)
        #expect(line.text == "tenor: 0:00 reading 3.1 MB, 6.2 MB/s")
    }

    @Test func blocksShowParagraphsBesideBytes() {
        // 12.5 MB in 0.5 s: 25.0 MB/s; 12.8 MB left take 0.512 s, shown 0:01.
        let line = ProgressLine(phase: "scoring", unit: .bytes, done: 12_500_000, total: 25_300_000, paragraphs: 64_000,
                                runSeconds: 9, phaseSeconds: 0.5)
        #expect(line.text == "tenor: 0:09 scoring 12.5 MB of 25.3 MB (49%), 64,000 paragraphs, 25.0 MB/s, ETA 0:01")
    }

    @Test func rowsShowACountRateAndTimeLeft() {
        // 64,000 rows in 12 s: 5,333.3 rows/s; 64,838 left take 12.16 s, shown 0:12;
        // 64,000 / 128,838 = 49.7 %, shown 49 (whole percents done, never rounded up to done).
        let line = ProgressLine(phase: "searching", unit: .rows, done: 64_000, total: 128_838, runSeconds: 12.4, phaseSeconds: 12)
        #expect(line.text == "tenor: 0:12 searching 64,000 of 128,838 rows (49%), 5,333 rows/s, ETA 0:12")
    }

    @Test func aPhaseThatCountsNothingShowsWhatItGoesThrough() {
        #expect(ProgressLine(phase: "weighing", unit: .paragraphs, total: 128_838, runSeconds: 3, phaseSeconds: 1).text
            == "tenor: 0:03 weighing 128,838 paragraphs")
        #expect(ProgressLine(phase: "starting", unit: .paragraphs).text == "tenor: 0:00 starting")
    }

    @Test func aFinishedPhaseShowsNoTimeLeftAndNoMoreThanAHundredPercent() {
        // Decoded text can be a little longer than the bytes read (--lossy): 110 of 100 bytes in 1 s.
        let line = ProgressLine(phase: "scoring", unit: .bytes, done: 110, total: 100, runSeconds: 1, phaseSeconds: 1)
        #expect(line.text == "tenor: 0:01 scoring 110 B of 100 B (100%), 110 B/s")
    }

    @Test func unitsAndDurations() {
        #expect(ProgressLine.bytes(0) == "0 B")
        #expect(ProgressLine.bytes(999) == "999 B")
        #expect(ProgressLine.bytes(999.5) == "1.0 kB")
        #expect(ProgressLine.bytes(12_345) == "12.3 kB")
        #expect(ProgressLine.bytes(999_960) == "1.0 MB")
        #expect(ProgressLine.bytes(1_234_567_890) == "1.2 GB")
        #expect(ProgressLine.grouped(0) == "0")
        #expect(ProgressLine.grouped(999) == "999")
        #expect(ProgressLine.grouped(1000) == "1,000")
        #expect(ProgressLine.grouped(-1_234_567) == "-1,234,567")
        #expect(ProgressLine.duration(59.4) == "0:59")
        #expect(ProgressLine.duration(59.5) == "1:00")
        #expect(ProgressLine.duration(3725) == "1:02:05")
        #expect(ProgressLine.duration(.infinity) == "99:59:59")
    }

    // MARK: The timing

    @Test func aTerminalLineShowsAfterASecondAtMostTenTimesASecondAndIsErased() {
        let (clock, output, reporter) = Self.reporter(.redraw)
        reporter.begin("searching", unit: .rows, total: 1000)
        reporter.advance(100)
        reporter.refresh(at: 0.5, on: clock)
        #expect(output.texts.isEmpty)
        reporter.refresh(at: 1.0, on: clock)
        // 100 rows in 1 s; 900 left take 9 s.
        #expect(output.texts == ["\rtenor: 0:01 searching 100 of 1,000 rows (10%), 100 rows/s, ETA 0:09\u{1B}[K"])
        reporter.refresh(at: 1.05, on: clock)
        #expect(output.texts.count == 1)
        reporter.refresh(at: 1.2, on: clock)
        #expect(output.texts.count == 2)
        reporter.finish()
        #expect(output.texts.last == "\r\u{1B}[K")
        reporter.refresh(at: 2, on: clock)
        reporter.finish()
        #expect(output.texts.count == 3)
    }

    @Test func aLogGetsALineEveryFiveSecondsAndAFinalOne() {
        let (clock, output, reporter) = Self.reporter(.lines)
        reporter.begin("reading", unit: .bytes, total: nil)
        for time in [0.5, 1.0, 3.0, 5.9, 6.0, 7.0] {
            reporter.refresh(at: time, on: clock)
        }
        #expect(output.texts == ["tenor: 0:01 reading 0 B\n",
                                 "tenor: 0:06 reading 0 B\n"])
        clock.now = 7.4
        reporter.finish()
        #expect(output.texts.last == "tenor: 0:07 done\n")
        #expect(output.texts.count == 3)
    }

    @Test(arguments: [ProgressReporter.Style.redraw, .lines])
    func aRunUnderASecondShowsNothing(style: ProgressReporter.Style) {
        let (clock, output, reporter) = Self.reporter(style)
        reporter.begin("reading", unit: .bytes, total: 10)
        reporter.advance(10)
        reporter.refresh(at: 0.9, on: clock)
        reporter.clearLine()
        reporter.finish()
        #expect(output.texts.isEmpty)
    }

    @Test func clearingErasesOnlyALineThatStands() {
        let (clock, output, reporter) = Self.reporter(.redraw)
        reporter.refresh(at: 1, on: clock)
        reporter.clearLine()
        reporter.clearLine()
        reporter.finish()
        #expect(output.texts == ["\rtenor: 0:01 starting\u{1B}[K", "\r\u{1B}[K"])
    }

    @Test func aWarningErasesTheTickingReportersLineFirst() {
        let (clock, output, reporter) = Self.reporter(.redraw)
        reporter.startTicking()
        reporter.refresh(at: 1, on: clock)
        StandardOutput.printError("tenor: warning: a test's warning, on standard error")
        // The warning found the line standing and erased it before it was written.
        #expect(output.texts == ["\rtenor: 0:01 starting\u{1B}[K", "\r\u{1B}[K"])
        reporter.finish()
        #expect(output.texts.count == 2)
        #expect(ProgressReporter.ticking.withLock { $0 } == nil)
    }

    @Test func aLongLineIsCutToTheTerminalsWidth() {
        let (clock, output, reporter) = Self.reporter(.redraw, columns: 30)
        reporter.begin("weighing", unit: .paragraphs, total: 128_838)
        reporter.refresh(at: 1, on: clock)
        // 29 characters: the last column stays free, so the terminal never wraps the line.
        #expect(output.texts == ["\rtenor: 0:01 weighing 128,838 \u{1B}[K"])
    }

    @Test func workersCanFeedItAtOnce() {
        let (clock, output, reporter) = Self.reporter(.lines)
        reporter.begin("searching", unit: .rows, total: 2000)
        DispatchQueue.concurrentPerform(iterations: 1000) { _ in reporter.advance(1) }
        reporter.refresh(at: 2, on: clock)
        // 1,000 rows in 2 s; 1,000 left take 2 s.
        #expect(output.texts == ["tenor: 0:02 searching 1,000 of 2,000 rows (50%), 500 rows/s, ETA 0:02\n"])
    }

    @Test func aSilentReporterWritesNothingAndGivesAnalysesNoHandler() {
        let (clock, output, reporter) = Self.reporter(.silent)
        reporter.begin("reading", unit: .bytes, total: 10)
        reporter.advance(5)
        reporter.refresh(at: 10, on: clock)
        reporter.finish()
        #expect(output.texts.isEmpty)
        #expect(reporter.analysisHandler == nil)
    }

    @Test func analysisStagesBecomePhases() {
        let (clock, output, reporter) = Self.reporter(.lines)
        let handler = reporter.analysisHandler
        handler?(.began(.weighing, units: 300))
        reporter.refresh(at: 1, on: clock)
        handler?(.began(.searching, units: 300))
        handler?(.advanced(64))
        handler?(.advanced(64))
        reporter.refresh(at: 7, on: clock)
        // 128 rows in 6 s: 21.3 rows/s, shown 21; 172 left take 8.06 s.
        #expect(output.texts == ["tenor: 0:01 weighing 300 paragraphs\n",
                                 "tenor: 0:07 searching 128 of 300 rows (42%), 21 rows/s, ETA 0:08\n"])
    }

    /// A reporter on a clock the test sets, writing into a list.
    private static func reporter(_ style: ProgressReporter.Style, columns: Int = 80) -> (TestClock, Written, ProgressReporter) {
        let (clock, output) = (TestClock(), Written())
        return (clock, output, ProgressReporter(style: style, columns: columns, clock: clock.read, write: output.append))
    }

    // MARK: The binary

    /// Paragraphs of a few repeated words, so that search and tone have something to find.
    static func corpus(paragraphs: Int) -> String {
        let words = ["good", "bad", "river", "quiet", "terrible", "bright", "market", "happy", "storm", "letter"]
        return (0..<paragraphs).map { index in
            (0..<12).map { words[(index * 7 + $0 * 3) % words.count] }.joined(separator: " ") + "."
        }.joined(separator: "\n\n") + "\n"
    }

    @Test(arguments: [["tone", "--format", "tsv"], ["report", "--format", "json"], ["similar", "--format", "tsv"]])
    func progressGoesToStandardErrorAndLeavesTheOutputAlone(command: [String]) throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("corpus.txt", Self.corpus(paragraphs: 400))
        let shown = ["TENOR_PROGRESS_AFTER": "0"]
        let with = try TenorRunner.run(command + [input, "--progress"], environment: shown)
        let without = try TenorRunner.run(command + [input, "--no-progress"], environment: shown)
        let byDefault = try TenorRunner.run(command + [input], environment: shown)
        #expect(with.status == 0 && without.status == 0 && byDefault.status == 0)
        #expect(!with.output.isEmpty)
        #expect(with.output == without.output)
        #expect(byDefault.output == without.output)
        // Standard error is a file here: only --progress writes to it, plain lines ending in
        // the final one.
        #expect(without.error.isEmpty)
        #expect(byDefault.error.isEmpty)
        let lines = with.error.split(separator: "\n").map(String.init)
        #expect(lines.last?.hasSuffix(" done") == true)
        #expect(!with.error.contains("\r") && !with.error.contains("\u{1B}"))
        let phases = ["starting", "reading", "counting", "weighing", "scoring", "profiling", "searching", "summarizing", "writing", "done"]
        for line in lines {
            let words = line.split(separator: " ")
            #expect(words.count >= 3 && words[0] == "tenor:" && phases.contains(String(words[2])), "\(line)")
        }
    }

    @Test(arguments: ["report", "stats", "tone", "similar", "vectorize", "learn"])
    func everyCommandTakesTheFlags(command: String) throws {
        let rest = command == "vectorize" ? ["-o", "out"] : command == "learn" ? ["in.tsv", "-o", "out.tsv"] : []
        for flag in ["--progress", "--no-progress"] {
            _ = try TenorCommand.parseAsRoot([command] + rest + [flag])
        }
    }
}

private extension ProgressReporter {
    /// Refreshes with the clock at `time`.
    func refresh(at time: Double, on clock: TestClock) {
        clock.now = time
        refresh()
    }
}

/// A clock the test sets.
private final class TestClock: Sendable {
    private let time = Mutex(0.0)
    var now: Double {
        get { time.withLock { $0 } }
        set { time.withLock { $0 = newValue } }
    }
    var read: @Sendable () -> Double { { self.now } }
}

/// What a reporter wrote, one string per write.
private final class Written: Sendable {
    private let storage = Mutex<[String]>([])
    var texts: [String] { storage.withLock { $0 } }
    var append: @Sendable (String) -> Void { { text in self.storage.withLock { $0.append(text) } } }
}
