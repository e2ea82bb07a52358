import Tenor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much of one input Tenor reads before refusing it, so that an endless input (`/dev/zero`,
/// a runaway pipe) ends in a clear error instead of exhausting memory.
struct InputLimit {
    /// The most bytes read.
    let bytes: Int
    /// What the limit is for and why it is where it is, for the message.
    let explanation: String
    /// What the user can do.
    let advice: String

    /// Texts to analyse (inputs, `--against`, `--query-file`): half the machine's memory, since
    /// Tenor holds several times a text's size while analysing it, or `TENOR_MAX_INPUT`
    /// (bytes, or with a K, M, G or T suffix: powers of 1024).
    static func text() throws(CLIError) -> InputLimit {
        let advice = "split it into smaller files, or set TENOR_MAX_INPUT (such as TENOR_MAX_INPUT=64G) to raise the limit"
        guard let setting = getenv("TENOR_MAX_INPUT").map({ String(cString: $0) }) else {
            let memory = Int(sysconf(Int32(_SC_PHYS_PAGES))) * Int(sysconf(Int32(_SC_PAGESIZE)))
            return InputLimit(bytes: memory / 2,
                              explanation: "the most Tenor reads of one text: half this machine's memory", advice: advice)
        }
        guard let bytes = size(setting) else {
            throw .usage("TENOR_MAX_INPUT '\(setting)' is not a size: give bytes, or a number with K, M, G or T (such as 64G)")
        }
        return InputLimit(bytes: bytes, explanation: "the most Tenor reads of one text, as TENOR_MAX_INPUT sets", advice: advice)
    }

    /// Lexicons and stop-word lists: ``ToneLexicon/maximumFileSize``, far above any real list.
    static let wordList = InputLimit(
        bytes: ToneLexicon.maximumFileSize, explanation: "the most Tenor reads of a word list",
        advice: "check that it is the right file")

    /// `64`, `64K`, `64M`, `64G` or `64T` as bytes; nil when it is none of those, or overflows.
    static func size(_ text: String) -> Int? {
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        let shift = text.last.flatMap { shifts[Character($0.uppercased())] }
        guard let number = Int(shift == nil ? Substring(text) : text.dropLast()), number > 0 else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: 1 << (shift ?? 0))
        // Int.max itself is refused too: the reader asks for one byte more than the limit.
        return overflow || bytes == Int.max ? nil : bytes
    }

    /// `bytes` in the largest binary unit that keeps it at least 1 (`64 MiB`, `11.5 GiB`).
    static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + units[unit]
    }

    /// The message for an input larger than the limit.
    func message(for path: BytePath) -> String {
        "cannot read \(path.quoted): it is larger than \(Self.describe(bytes)), \(explanation); \(advice)"
    }
}
