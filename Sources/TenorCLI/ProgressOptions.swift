#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser

/// `--progress` and `--no-progress`, which every command takes.
struct ProgressOptions: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Show progress on standard error: phase, amount done, rate, time left. By default it shows on a terminal, for runs over a second; --progress also writes a line every 5 seconds into a log, --no-progress never shows it."))
    var progress: Bool?

    /// The reporter the flags (and standard error) ask for, ticking when it shows anything.
    ///
    /// `TENOR_PROGRESS_AFTER` (seconds) replaces the one second a run takes before progress shows;
    /// tests set it to 0 to see progress on small inputs.
    func reporter() -> ProgressReporter {
        let terminal = isatty(STDERR_FILENO) != 0 && Self.environment("TERM") != "dumb"
        let style: ProgressReporter.Style = switch progress {
        case false?: .silent
        case true?: terminal ? .redraw : .lines
        case nil: terminal ? .redraw : .silent
        }
        guard style != .silent else { return .silent }
        var timing = ProgressReporter.Timing()
        if let after = Self.environment("TENOR_PROGRESS_AFTER").flatMap(Double.init), after >= 0 { timing.after = after }
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let reporter = ProgressReporter(style: style, timing: timing, columns: columns)
        reporter.startTicking()
        return reporter
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
