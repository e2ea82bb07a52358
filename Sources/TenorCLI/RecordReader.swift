import Tenor

/// Structured input — JSON Lines, CSV or TSV — read as a document with one unit per record, and
/// each unit's id when one is asked for. A bad record is an error naming the file, the line and
/// what is wrong; with `skipBadLines` it is a warning and the record is left out (and counted).
/// A record whose text is empty or only white space is no unit, as a blank paragraph is none.
struct RecordReader {
    let format: InputFormat
    /// The JSON field or CSV/TSV column holding the text.
    let textField: String
    /// The field or column holding the id, when ids are wanted.
    let idField: String?
    let lossy: Bool
    let skipBadLines: Bool
    /// The longest record read, in bytes.
    var limit = RecordReader.defaultLimit
    /// Whether skipped and empty records are said on standard error (not on a first pass over
    /// a file that is read twice).
    var warns = true
    /// How many skipped records are named one by one before only the count is said.
    static let namedSkips = 10
    /// 64 MiB: far beyond any real text in one record, and small enough that a file with no
    /// line ends (the wrong `--input`) is refused at once.
    static let defaultLimit = 64 << 20

    /// One input's records (or one block's).
    struct Records {
        let document: Document
        /// Each unit's id, when ids were asked for.
        let ids: [String]?
        /// How many bad records of the file were skipped so far.
        let skipped: Int
    }

    /// What reading a file block by block carries from one block to the next.
    struct FileState {
        /// CSV and TSV: the columns the header names, once it is read.
        var columns: Columns?
        /// Bad records skipped, and records with no text.
        var skipped = 0
        var empty = 0
    }

    /// Where a CSV or TSV header puts the text and the id, and how many columns it names.
    struct Columns {
        let count: Int
        let text: Int
        let id: Int?
    }

    /// The records of `text` (validated UTF-8), the whole of what was read from `path`, with
    /// the warnings about it.
    func records(in text: [UInt8], from path: BytePath) throws(CLIError) -> Records {
        var state = FileState()
        let records = try records(in: text, from: path, line: 1, state: &state)
        warn(about: path, state)
        return records
    }

    /// The records of one block of `path` (validated UTF-8, ending at a record's end) that
    /// starts on `line`; `state` comes from the blocks before it and goes on to the next.
    func records(in text: [UInt8], from path: BytePath, line: Int, state: inout FileState) throws(CLIError) -> Records {
        var collector = Collector(path: path, skipBadLines: skipBadLines, warns: warns, wantsIDs: idField != nil, skipped: state.skipped)
        defer { state.skipped = collector.skipped }
        switch format {
        case .jsonl: try readLines(text, firstLine: line, into: &collector)
        case .csv, .tsv: try readRows(text, separator: format == .csv ? 0x2C : 0x09, firstLine: line, columns: &state.columns, into: &collector)
        case .text: preconditionFailure("plain text is split, not read as records")
        }
        let (document, sources) = Document.records(name: path.description, text: collector.text, ranges: collector.ranges)
        state.empty += collector.ranges.count - sources.count
        return Records(document: document, ids: idField == nil ? nil : sources.map { collector.ids[$0] }, skipped: collector.skipped)
    }

    /// Says how many records of `path` had no text, and how many bad ones were skipped.
    func warn(about path: BytePath, _ state: FileState) {
        guard warns else { return }
        let empty = state.empty
        if empty > 0 {
            StandardOutput.printError("tenor: warning: \(empty) \(empty == 1 ? "record" : "records") of \(path.quoted) \(empty == 1 ? "has" : "have") no text (empty, or only white space), so no row")
        }
        if state.skipped > 0 {
            let named = state.skipped > Self.namedSkips ? " (the first \(Self.namedSkips) are named above)" : ""
            StandardOutput.printError("tenor: warning: skipped \(state.skipped) bad \(state.skipped == 1 ? "record" : "records") of \(path.quoted)\(named)")
        }
    }

    /// JSON Lines: each non-blank line one object.
    private func readLines(_ text: [UInt8], firstLine: Int, into collector: inout Collector) throws(CLIError) {
        let scanner = JSONLineScanner(textField: Array(textField.utf8), idField: idField.map { Array($0.utf8) }, lossy: lossy)
        try text.withUnsafeBufferPointer { buffer throws(CLIError) in
            var start = 0
            var number = firstLine - 1
            while start < buffer.count {
                number += 1
                let newline = buffer[start...].firstIndex(of: 0x0A)
                var end = newline ?? buffer.count
                let next = end + 1
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                defer { start = next }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let textStart = collector.text.count
                do throws(RecordProblem) {
                    guard line.count <= limit else { throw .longerThan(limit) }
                    let id = try scanner.scan(line, into: &collector.text)
                    collector.add(textStart..<collector.text.count, id: id)
                } catch {
                    collector.text.removeSubrange(textStart...)
                    try collector.reject(BadRecord(line: number, problem: newline == nil ? error.atEndOfInput : error, resume: next))
                }
            }
        }
    }

    /// CSV or TSV: a header row naming the columns (in the first block: then `columns` is
    /// nil), then one record a row.
    private func readRows(_ text: [UInt8], separator: UInt8, firstLine: Int, columns: inout Columns?,
                          into collector: inout Collector) throws(CLIError) {
        var reader = DelimitedRowReader(bytes: text, separator: separator, limit: limit, line: firstLine)
        var fields: [[UInt8]] = []
        var count = 0
        if columns == nil {
            let header: [String]
            do {
                guard try reader.next(into: &fields, count: &count) != nil else { return }
                header = fields[..<count].map { String(decoding: $0, as: UTF8.self) }
            } catch {
                throw .usage("\(collector.path.quoted) line \(error.line) (the header) \(error.problem)")
            }
            let textColumn = try column(textField, in: header, of: collector.path, option: "--text-column")
            let idColumn = try idField.map { name throws(CLIError) in try column(name, in: header, of: collector.path, option: "--id-column") }
            columns = Columns(count: header.count, text: textColumn, id: idColumn)
        }
        guard let columns else { return }
        while true {
            let line: Int
            do {
                guard let first = try reader.next(into: &fields, count: &count) else { return }
                line = first
            } catch {
                try collector.reject(error)
                reader.skip(error)
                continue
            }
            guard count == columns.count else {
                let cutShort = reader.offset == text.count && text.last != 0x0A && count < columns.count
                let problem = RecordProblem("has \(count) \(count == 1 ? "field" : "fields") where the header has \(columns.count)", incomplete: cutShort)
                try collector.reject(BadRecord(line: line, problem: problem.atEndOfInput, resume: reader.offset))
                continue
            }
            let start = collector.text.count
            collector.text.append(contentsOf: fields[columns.text])
            collector.add(start..<collector.text.count, id: columns.id.map { String(decoding: fields[$0], as: UTF8.self) })
        }
    }

    /// The index of the column `name` in the header.
    private func column(_ name: String, in header: [String], of path: BytePath, option: String) throws(CLIError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            let columns = header.map { "'\($0)'" }.joined(separator: ", ")
            throw .usage("\(path.quoted) has no column '\(name)' in its header (\(columns)); name the column with \(option)")
        }
        return index
    }

    /// The records read so far, laid one after another in `text`.
    private struct Collector {
        let path: BytePath
        let skipBadLines: Bool
        let warns: Bool
        let wantsIDs: Bool
        var text: [UInt8] = []
        var ranges: [Range<Int>] = []
        var ids: [String] = []
        var skipped: Int

        mutating func add(_ range: Range<Int>, id: String?) {
            ranges.append(range)
            if wantsIDs { ids.append(id ?? "") }
            // Keep records apart, so no two ever run together.
            text.append(0x0A)
        }

        /// Skips a bad record with a warning, or stops with an error.
        mutating func reject(_ bad: BadRecord) throws(CLIError) {
            let place = "\(path.quoted) line \(bad.line) \(bad.problem)"
            guard skipBadLines else { throw .usage("\(place); fix it, or pass --skip-bad-lines to skip bad records with a warning") }
            skipped += 1
            if warns, skipped <= RecordReader.namedSkips { StandardOutput.printError("tenor: warning: \(place); skipped") }
        }
    }
}
