#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output that ends the process quietly when the reader goes away
/// (`tenor report big.txt | head -1`), and with a message when a write fails otherwise.
final class StandardOutput {
    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        // The bytes copied at once: appending the UTF-8 view's bytes one by one cost more than
        // making a row of `tone --format tsv`.
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes UTF-8 bytes (whole lines made elsewhere).
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func line(_ text: String = "") {
        write(text)
        buffer.append(0x0A)
    }

    /// Writes each of `lines` with a line break after it. The buffer is taken out for them all:
    /// reaching it through the object costs an exclusivity check and retains per access, more
    /// than a row of `tone --format tsv` takes to copy.
    func lines(_ lines: ArraySlice<String>) {
        var bytes: [UInt8] = []
        swap(&bytes, &buffer)
        for line in lines {
            var line = line
            line.withUTF8 { bytes.append(contentsOf: $0) }
            bytes.append(0x0A)
            if bytes.count >= 1 << 16 {
                Self.send(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        swap(&bytes, &buffer)
    }

    func flush() {
        Self.send(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to standard output, or ends the process (see ``flush()``).
    private static func send(_ bytes: [UInt8]) {
        let failure = bytes.withUnsafeBytes { POSIXFile.writeAll($0, to: STDOUT_FILENO) }
        // EPIPE: the reader has all it wanted, so Tenor ends quietly. Anything else (a full
        // disk, a closed standard output) loses output: said on standard error, exit status 1.
        if failure == EPIPE { exit(0) }
        if failure != 0 {
            printError("tenor: cannot write to standard output: \(POSIXFile.reason(failure)); the output is incomplete")
            exit(1)
        }
    }

    deinit { flush() }

    /// Writes one line to standard error, unbuffered; control characters in it (a file name's
    /// ESC or line break) are shown as spaces, as table cells show them.
    static func printError(_ message: String) {
        ProgressReporter.ticking.withLock { $0 }?.clearLine()
        let bytes = Array((message.onOneLine + "\n").utf8)
        _ = bytes.withUnsafeBytes { POSIXFile.writeAll($0, to: STDERR_FILENO) }
    }

    /// Whether standard output is a terminal (then the table view is the default).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The width the table view fits: `COLUMNS` when set, else the terminal's width when
    /// standard output is one; nil (no fitting) when it goes to a pipe or a file.
    static var width: Int? {
        if let columns = getenv("COLUMNS"), let value = Int(String(cString: columns)), value > 0 { return value }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }
}
