#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rows of CSV as RFC 4180 writes it — fields separated by commas, a field in double quotes
/// when it holds a separator, a quote (doubled) or a line break — or the same with tabs (TSV
/// as Python's `csv` and pandas read it). Lines end with LF or CR LF; the last may lack one.
/// A blank line is no row. A quote inside an unquoted field is kept as text, as Python's
/// `csv` keeps it.
///
/// Our own reader rather than yaslab/CSV.swift or SwiftCSV: neither says which line a bad row
/// is on, neither refuses a row of the wrong length, and both were slower (Documentation/commands.md,
/// "Structured input").
struct DelimitedRowReader {
    let bytes: [UInt8]
    let separator: UInt8
    /// The longest row read, in bytes.
    let limit: Int
    /// Where the next row starts.
    private(set) var offset = 0
    /// The 1-based line the next row starts on.
    private(set) var line = 1

    /// `line`: the line of the file `bytes` start on (a later block of it starts further on).
    init(bytes: [UInt8], separator: UInt8, limit: Int, line: Int = 1) {
        self.bytes = bytes
        self.separator = separator
        self.limit = limit
        self.line = line
    }

    /// Reads the next row's fields into `fields` (the first `count` of them are the row's).
    ///
    /// - Returns: the row's first line, or nil at the end of the input.
    /// - Throws: ``BadRecord`` for a quote that never closes, text after a closing quote, or a
    ///   row over `limit`; reading resumes after it.
    mutating func next(into fields: inout [[UInt8]], count: inout Int) throws(BadRecord) -> Int? {
        try bytes.withUnsafeBufferPointer { buffer throws(BadRecord) in
            try next(in: buffer, into: &fields, count: &count)
        }
    }

    /// Moves past a bad record: reading goes on at its `resume` offset.
    mutating func skip(_ bad: BadRecord) {
        line += Self.lineBreaks(in: bytes[offset..<bad.resume])
        offset = bad.resume
    }

    private mutating func next(in text: UnsafeBufferPointer<UInt8>, into fields: inout [[UInt8]], count: inout Int) throws(BadRecord) -> Int? {
        // Blank lines are no rows.
        while offset < text.count, Self.isLineEnd(text, at: offset) {
            offset += text[offset] == 0x0A ? 1 : 2
            line += 1
        }
        guard offset < text.count else { return nil }
        let firstLine = line
        let rowStart = offset
        var index = offset
        var lines = 0
        count = 0
        func field() -> Int {
            if count == fields.count { fields.append([]) }
            fields[count].removeAll(keepingCapacity: true)
            count += 1
            return count - 1
        }
        func bad(_ problem: RecordProblem, resume: Int? = nil) -> BadRecord {
            BadRecord(line: firstLine, problem: problem, resume: resume ?? Self.lineEnd(in: text, from: rowStart))
        }
        while true {
            let current = field()
            if index < text.count, text[index] == 0x22 {
                // A quoted field: runs up to each quote, a doubled quote standing for one.
                index += 1
                while true {
                    let remaining = text.count - index
                    guard remaining > 0, let quote = memchr(text.baseAddress! + index, 0x22, remaining) else {
                        throw bad(RecordProblem("has a quoted field that never closes (a '\"' is missing)", incomplete: true).atEndOfInput)
                    }
                    let end = UnsafePointer<UInt8>(quote.assumingMemoryBound(to: UInt8.self)) - text.baseAddress!
                    let run = UnsafeBufferPointer(rebasing: text[index..<end])
                    lines += Self.lineBreaks(in: run)
                    fields[current].append(contentsOf: run)
                    index = end + 1
                    guard index < text.count, text[index] == 0x22 else { break }
                    fields[current].append(0x22)
                    index += 1
                }
                guard index - rowStart <= limit else { throw bad(.longerThan(limit), resume: Self.lineEnd(in: text, from: index)) }
                guard index == text.count || text[index] == separator || Self.isLineEnd(text, at: index) else {
                    throw bad(RecordProblem("has text after the closing quote of field \(count) (a quote inside a quoted field is written twice: \"\")"),
                              resume: Self.lineEnd(in: text, from: index))
                }
            } else {
                let start = index
                while index < text.count, text[index] != separator, !Self.isLineEnd(text, at: index) {
                    index += 1
                }
                guard index - rowStart <= limit else { throw bad(.longerThan(limit), resume: Self.lineEnd(in: text, from: index)) }
                fields[current].append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            }
            if index < text.count, text[index] == separator {
                index += 1
                continue
            }
            // The row's end: a line end, or the end of the input.
            if index < text.count { index += text[index] == 0x0A ? 1 : 2 }
            break
        }
        offset = index
        line += lines + 1
        return firstLine
    }

    /// Whether a line ends at `index`: LF, or CR LF (a lone CR is text).
    @inline(__always)
    private static func isLineEnd(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        text[index] == 0x0A || (text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A)
    }

    /// The offset just past the line end after `index` (or the input's end).
    private static func lineEnd(in text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard index < text.count, let newline = memchr(text.baseAddress! + index, 0x0A, text.count - index) else { return text.count }
        return UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - text.baseAddress! + 1
    }

    /// How many lines end in `bytes` (LF, or CR LF: each has one LF).
    private static func lineBreaks(in bytes: some Sequence<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
