/// A lexicon file parsed into rows: TSV, UTF-8, lines starting with `# ` (or just `#`) are
/// comments — not `#fail` or the keycap emoji `#️⃣`, which are entries —, the first
/// other line is the header naming the columns, and every row has as many columns as the header.
/// Blank lines are skipped; `\r\n` line ends are accepted.
struct LexiconFile {
    /// The name errors use (a built-in's name, or the path the user gave).
    let name: String
    let columns: [String]
    /// Each row's 1-based line number and cells.
    let rows: [(line: Int, cells: [String])]

    /// - Complexity: O(n) in the length of `text`.
    init(name: String, text: String) throws(LexiconError) {
        self.name = name
        var text = text
        // Scanned as bytes with integer offsets, each cell made a String from its bytes (most
        // are short enough to be stored inline): the built-in lexicons' 48,000 rows are read at
        // every start of `tenor tone`, and Substrings cut by String indices cost several times
        // more.
        let (header, rows) = try text.withUTF8 { bytes in
            Result { () throws(LexiconError) in try Self.rows(of: bytes, name: name) }
        }.get()
        guard let header else { throw .missingHeader(file: name) }
        self.columns = header
        self.rows = rows
    }

    /// The header (nil if none) and the rows of a lexicon file's bytes.
    private static func rows(of bytes: UnsafeBufferPointer<UInt8>, name: String) throws(LexiconError)
        -> (header: [String]?, rows: [(line: Int, cells: [String])]) {
        var header: [String]?
        var rows: [(line: Int, cells: [String])] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let end = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            if end == lineStart || (bytes[lineStart] == 0x23 && (end - lineStart == 1 || bytes[lineStart + 1] == 0x20)) { continue }
            var cells: [String] = []
            var cellStart = lineStart
            while let tab = bytes[cellStart..<end].firstIndex(of: 0x09) {
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<tab]), as: UTF8.self))
                cellStart = tab + 1
            }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<end]), as: UTF8.self))
            guard let columns = header else {
                header = cells
                continue
            }
            guard cells.count == columns.count else {
                throw .columnCount(file: name, line: lineNumber, expected: columns.count, found: cells.count)
            }
            rows.append((lineNumber, cells))
        }
        return (header, rows)
    }

    /// Column `column` of every row as a number, written as a decimal (`-1.5`, `.5`, `2e-1`).
    func numbers(inColumn column: Int) throws(LexiconError) -> [Double] {
        var numbers: [Double] = []
        numbers.reserveCapacity(rows.count)
        for (line, cells) in rows {
            let cell = cells[column]
            // Only decimals are scores: not hexadecimal (0x1p3), inf or nan, which Double(_:) reads.
            var text = cell
            guard let value = text.withUTF8(DecimalNumber.value(of:)) else {
                throw .notANumber(file: name, line: line, column: String(columns[column]), value: String(cell))
            }
            guard value.isFinite else {
                throw .numberOutOfRange(file: name, line: line, column: String(columns[column]), value: String(cell))
            }
            numbers.append(value)
        }
        return numbers
    }
}
