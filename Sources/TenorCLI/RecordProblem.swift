/// Why one line (or row) of structured input cannot be read; the reader adds the file and line.
struct RecordProblem: Error, Equatable, CustomStringConvertible {
    let description: String
    /// Whether the record ended before it was complete (an open string or quote): at the end
    /// of the input, a sign that the input was cut short.
    var incomplete = false

    init(_ description: String, incomplete: Bool = false) {
        self.description = description
        self.incomplete = incomplete
    }

    static func longerThan(_ limit: Int) -> RecordProblem {
        RecordProblem("is longer than \(InputLimit.describe(limit)), the most Tenor reads as one record; check the format (--input), or split the record")
    }

    /// The problem of a record the input ends inside: most likely a cut-short file.
    var atEndOfInput: RecordProblem {
        incomplete ? RecordProblem(description + ", where the input ends: it may be cut short (an interrupted download or copy)") : self
    }
}

/// A bad record where it was found: its first line, and where reading can resume to skip it.
struct BadRecord: Error {
    let line: Int
    let problem: RecordProblem
    /// The offset of the first byte after the bad record (its line's end when the record's
    /// own end is unknown, as after an unterminated quote).
    let resume: Int
}
