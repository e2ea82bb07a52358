/// A lexicon file parsed into rows: TSV, UTF-8, lines starting with `# ` (or just `#`) are
/// comments — not `#fail` or the keycap emoji `#️⃣`, which are entries —, the first
/// other line is the header naming the columns, and every row has as many columns as the header.
/// Blank lines are skipped; `\r\n` line ends are accepted.
struct LexiconFile {
    /// The name errors use (a built-in's name, or the path the user gave).
    let name: String
    let columns: [String]
    /// Each row's 1-based line number.
    let lines: [Int]
    /// The file's bytes, and where each row's cells lie in them, row after row: a cell becomes a
    /// string only when asked for (VADER's lexicon has four columns, of which two are read).
    private let bytes: [UInt8]
    private let cells: [Range<Int>]

    /// - Complexity: O(n) in the length of `text`.
    init(name: String, text: String) throws(LexiconError) {
        self.name = name
        // Scanned as bytes with integer offsets: the built-in lexicons' 48,000 rows are read at
        // every start of `tenor tone`, and Substrings cut by String indices cost several times
        // more.
        bytes = Array(text.utf8)
        let (header, lines, cells) = try bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(LexiconError) in try Self.rows(of: bytes, name: name) }
        }.get()
        guard let header else { throw .missingHeader(file: name) }
        columns = header
        self.lines = lines
        self.cells = cells
    }

    /// Column `column` of every row.
    func strings(inColumn column: Int) -> [String] {
        bytes.withUnsafeBufferPointer { bytes in
            lines.indices.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[cells[$0 * columns.count + column]]), as: UTF8.self) }
        }
    }

    /// The header (nil if none), and each row's line number and cells (row after row) of a
    /// lexicon file's bytes.
    private static func rows(of bytes: UnsafeBufferPointer<UInt8>, name: String) throws(LexiconError)
        -> (header: [String]?, lines: [Int], cells: [Range<Int>]) {
        var header: [String]?
        var lines: [Int] = []
        var cells: [Range<Int>] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let end = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            if end == lineStart || (bytes[lineStart] == 0x23 && (end - lineStart == 1 || bytes[lineStart + 1] == 0x20)) { continue }
            let rowStart = cells.count
            var cellStart = lineStart
            while let tab = bytes[cellStart..<end].firstIndex(of: 0x09) {
                cells.append(cellStart..<tab)
                cellStart = tab + 1
            }
            cells.append(cellStart..<end)
            guard let columns = header else {
                header = cells.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
                cells.removeAll()
                continue
            }
            guard cells.count - rowStart == columns.count else {
                throw .columnCount(file: name, line: lineNumber, expected: columns.count, found: cells.count - rowStart)
            }
            lines.append(lineNumber)
        }
        return (header, lines, cells)
    }

    /// Column `column` of every row as a number, written as a decimal (`-1.5`, `.5`, `2e-1`).
    func numbers(inColumn column: Int) throws(LexiconError) -> [Double] {
        var numbers: [Double] = []
        numbers.reserveCapacity(lines.count)
        try bytes.withUnsafeBufferPointer { bytes throws(LexiconError) in
            for (row, line) in lines.enumerated() {
                let cell = UnsafeBufferPointer(rebasing: bytes[cells[row * columns.count + column]])
                // Only decimals are scores: not hexadecimal (0x1p3), inf or nan, which Double(_:) reads.
                guard let value = DecimalNumber.value(of: cell) else {
                    throw .notANumber(file: name, line: line, column: columns[column], value: String(decoding: cell, as: UTF8.self))
                }
                guard value.isFinite else {
                    throw .numberOutOfRange(file: name, line: line, column: columns[column], value: String(decoding: cell, as: UTF8.self))
                }
                numbers.append(value)
            }
        }
        return numbers
    }
}
