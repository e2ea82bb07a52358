#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization
import Tenor

/// Shows how a long run is going on standard error, never on standard output: fed the phase and
/// the bytes, paragraphs or rows done (from any thread), it shows a ``ProgressLine`` once the
/// run has taken a second, and nothing for a shorter run.
///
/// On a terminal one line is redrawn in place at most ten times a second and erased at the end;
/// elsewhere (`--progress` into a log) a plain line is written every five seconds, and a final
/// one. Feeding it costs a lock and an addition: callers feed it a block or a batch of rows at a
/// time, and only the ticker (or ``refresh()``) formats and writes.
final class ProgressReporter: Sendable {
    enum Style: Sendable, Equatable {
        /// Nothing shown (`--no-progress`, or standard error not a terminal).
        case silent
        /// Standard error is a terminal: one line, redrawn in place.
        case redraw
        /// `--progress` into a file or a pipe: a plain line now and then, and a final one.
        case lines
    }

    /// When lines show, in seconds.
    struct Timing: Sendable {
        /// Nothing shows before this: a shorter run shows no progress at all.
        var after = 1.0
        /// The least time between two redraws on a terminal.
        var redrawInterval = 0.1
        /// The least time between two plain lines.
        var lineInterval = 5.0
    }

    let style: Style
    private let timing: Timing
    /// Seconds on a monotonic clock.
    private let clock: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    /// The widest line a terminal takes without wrapping (a wrapped line cannot be redrawn).
    private let columns: Int
    private let state: Mutex<State>
    private let ticker = Mutex<DispatchSourceTimer?>(nil)

    private struct State {
        var started: Double
        var phaseStarted: Double
        var line = ProgressLine(phase: "starting", unit: .paragraphs)
        /// When a line was last shown, if ever.
        var lastShown: Double?
        /// Whether a redrawn line stands on the terminal now.
        var lineStands = false
        var finished = false
    }

    /// Shows nothing.
    static let silent = ProgressReporter(style: .silent)

    /// The reporter that is ticking now, if any: a message written to standard error erases
    /// its line first (``StandardOutput/printError(_:)``), so a warning never shares a line with
    /// the progress text.
    static let ticking = Mutex<ProgressReporter?>(nil)

    init(style: Style, timing: Timing = Timing(), columns: Int = 80,
         clock: @escaping @Sendable () -> Double = ProgressReporter.monotonicSeconds,
         write: @escaping @Sendable (String) -> Void = ProgressReporter.writeToStandardError) {
        self.style = style
        self.timing = timing
        self.columns = max(20, columns)
        self.clock = clock
        self.write = write
        let now = clock()
        state = Mutex(State(started: now, phaseStarted: now))
    }

    /// A phase begins: it goes through `total` units (nil: not known; worked out only when
    /// progress shows, since it may cost a `stat` per file), and counts paragraphs beside bytes
    /// when `countsParagraphs`.
    func begin(_ phase: String, unit: ProgressLine.Unit, total: @autoclosure () -> Int?, countsParagraphs: Bool = false) {
        guard style != .silent else { return }
        let total = total()
        let now = clock()
        state.withLock { state in
            state.line = ProgressLine(phase: phase, unit: unit, total: total, paragraphs: countsParagraphs ? 0 : nil)
            state.phaseStarted = now
        }
    }

    /// A phase begins that goes through the paragraphs of `documents` at once (so it shows their
    /// number, not how many are done).
    func begin(_ phase: String, paragraphsOf documents: [Document]) {
        begin(phase, unit: .paragraphs, total: documents.reduce(0) { $0 + $1.paragraphs.count })
    }

    /// `count` more units of the phase are done (and `paragraphs` more paragraphs, when it counts them).
    func advance(_ count: Int, paragraphs: Int = 0) {
        guard style != .silent else { return }
        state.withLock { state in
            state.line.done += count
            state.line.paragraphs? += paragraphs
        }
    }

    /// Shows the line now if the run has taken long enough and the last one is old enough.
    func refresh() {
        guard style != .silent else { return }
        let now = clock()
        state.withLock { state in
            guard !state.finished, now - state.started >= timing.after else { return }
            let interval = style == .redraw ? timing.redrawInterval : timing.lineInterval
            if let last = state.lastShown, now - last < interval { return }
            show(&state, at: now)
        }
    }

    /// Erases a line standing on the terminal, before standard output writes to the same one;
    /// the next refresh draws it again.
    func clearLine() {
        state.withLock { state in
            if state.lineStands { write("\r\u{1B}[K") }
            state.lineStands = false
        }
    }

    /// Ends the display: a terminal's line is erased, a log gets a final line (when it got any
    /// line, or the run took long enough for one). Later calls do nothing.
    func finish() {
        ticker.withLock { ticker in
            ticker?.cancel()
            ticker = nil
        }
        Self.ticking.withLock { if $0 === self { $0 = nil } }
        guard style != .silent else { return }
        let now = clock()
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            if state.lineStands { write("\r\u{1B}[K") }
            if style == .lines, state.lastShown != nil || now - state.started >= timing.after {
                write("tenor: \(ProgressLine.duration(now - state.started)) done\n")
            }
        }
    }

    /// Refreshes the line on a timer, so that it moves on in phases that report nothing for a
    /// while (the run's time still ticks); ``finish()`` stops it.
    func startTicking() {
        guard style != .silent else { return }
        let interval = min(timing.redrawInterval, 0.5)
        ticker.withLock { ticker in
            let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "tenor.progress"))
            timer.schedule(deadline: .now() + interval, repeating: interval)
            timer.setEventHandler { [weak self] in self?.refresh() }
            timer.resume()
            ticker = timer
        }
        Self.ticking.withLock { $0 = self }
    }

    /// What a ``ReportAnalysis`` or ``SimilarityAnalysis`` is given: its stages become phases.
    /// Nil when nothing is shown, so the analysis spends nothing on progress.
    var analysisHandler: AnalysisProgressHandler? {
        guard style != .silent else { return nil }
        return { [self] event in
            switch event {
            case .began(let stage, let units):
                begin(stage.rawValue, unit: stage == .searching || stage == .grouping ? .rows : .paragraphs, total: units)
            case .advanced(let count):
                advance(count)
            }
        }
    }

    private func show(_ state: inout State, at now: Double) {
        var line = state.line
        line.runSeconds = now - state.started
        line.phaseSeconds = now - state.phaseStarted
        let text = line.text
        if style == .redraw {
            write("\r" + String(text.prefix(columns - 1)) + "\u{1B}[K")
            state.lineStands = true
        } else {
            write(text + "\n")
        }
        state.lastShown = now
    }

    @Sendable static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Sendable static func writeToStandardError(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { POSIXFile.writeAll($0, to: STDERR_FILENO) }
    }
}
