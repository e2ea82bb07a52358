/// One line of progress as standard error shows it: how long the run has taken, the phase, how
/// far the phase is, its rate and the time left (the percentage and time left only when the
/// total is known: not for standard input).
///
///     tenor: 0:04 reading 12.5 MB of 25.3 MB (49%), 6.2 MB/s, ETA 0:02
///     tenor: 0:09 scoring 12.5 MB of 25.3 MB (49%), 64,000 paragraphs, 25.0 MB/s, ETA 0:01
///     tenor: 0:12 searching 64,000 of 128,838 rows (49%), 5,300 rows/s, ETA 0:12
///     tenor: 0:03 weighing 128,838 paragraphs
///     tenor: 0:05 reading 3.1 MB, 6.2 MB/s
struct ProgressLine: Equatable, Sendable {
    /// What a phase counts.
    enum Unit: String, Sendable {
        case bytes, paragraphs, rows, texts
    }

    /// The phase's name: reading, scoring, searching, writing… (`starting` before the first,
    /// `done` for the final line).
    var phase: String
    var unit: Unit
    /// Units done in this phase, 0 while none are (then only the total shows).
    var done = 0
    /// Units the phase goes through, when known (not for standard input).
    var total: Int?
    /// Paragraphs done beside bytes, when a phase measures both (text read in blocks).
    var paragraphs: Int?
    /// Seconds since the run began, and since the phase began (the rate's time).
    var runSeconds = 0.0
    var phaseSeconds = 0.0

    var text: String {
        var line = "tenor: \(Self.duration(runSeconds)) \(phase)"
        // A phase that counts no units (weighing) shows how many it goes through.
        if done == 0, unit != .bytes {
            if let total { line += " " + Self.amount(total, unit) }
            return line
        }
        if let total, total > 0 {
            line += unit == .bytes ? " \(Self.bytes(Double(done))) of \(Self.bytes(Double(total)))"
                : " \(Self.grouped(done)) of \(Self.amount(total, unit))"
            line += " (\(min(100, done * 100 / total))%)"
        } else {
            line += " " + Self.amount(done, unit)
        }
        if let paragraphs { line += ", " + Self.amount(paragraphs, .paragraphs) }
        guard done > 0, phaseSeconds > 0 else { return line }
        let rate = Double(done) / phaseSeconds
        line += ", " + (unit == .bytes ? Self.bytes(rate) : Self.grouped(Int(rate.rounded())) + " " + unit.rawValue) + "/s"
        if let total, total > done { line += ", ETA " + Self.duration(Double(total - done) / rate) }
        return line
    }

    /// `count` units as the line shows them: bytes scaled (`12.5 MB`), others grouped by
    /// thousands (`128,838 rows`).
    static func amount(_ count: Int, _ unit: Unit) -> String {
        unit == .bytes ? bytes(Double(count)) : "\(grouped(count)) \(unit.rawValue)"
    }

    /// Bytes in decimal units with one decimal (`512 B`, `12.5 kB`, `25.3 MB`, `1.2 GB`).
    static func bytes(_ count: Double) -> String {
        let units = ["kB", "MB", "GB", "TB"]
        guard count >= 999.5 else { return "\(Int(count.rounded())) B" }
        var scaled = count / 1000
        var unit = 0
        while scaled >= 999.95, unit < units.count - 1 {
            scaled /= 1000
            unit += 1
        }
        let tenths = Int((scaled * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }

    /// A count with its thousands grouped by commas (`128,838`).
    static func grouped(_ count: Int) -> String {
        let digits = String(count.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (count < 0 ? "-" : "") + result
    }

    /// Whole seconds as `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(seconds, 359_999).rounded()) : 359_999
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }
}
