/// A lexicon file parsed into rows: TSV, UTF-8, lines starting with `# ` (or just `#`) are
/// comments — not `#fail` or the keycap emoji `#️⃣`, which are entries —, the first
/// other line is the header naming the columns, and every row has as many columns as the header.
/// Blank lines are skipped; `\r\n` line ends are accepted.
struct LexiconFile {
    /// The name errors use (a built-in's name, or the path the user gave).
    let name: String
    let columns: [Substring]
    /// Each row's 1-based line number and cells.
    let rows: [(line: Int, cells: [Substring])]

    /// - Complexity: O(n) in the length of `text`.
    init(name: String, text: String) throws(LexiconError) {
        self.name = name
        var header: [Substring]?
        var rows: [(line: Int, cells: [Substring])] = []
        // Scanned as bytes with integer offsets: the generic split of a String view walks
        // indices and allocates per line, and the built-in lexicons' 48,000 rows are read at
        // every start of `tenor tone`.
        let utf8 = text.utf8
        let bytes = Array(utf8)
        func substring(_ range: Range<Int>) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let end = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
            if end == lineStart || (bytes[lineStart] == 0x23 && (end - lineStart == 1 || bytes[lineStart + 1] == 0x20)) { continue }
            var cells: [Substring] = []
            var cellStart = lineStart
            while let tab = bytes[cellStart..<end].firstIndex(of: 0x09) {
                cells.append(substring(cellStart..<tab))
                cellStart = tab + 1
            }
            cells.append(substring(cellStart..<end))
            guard let columns = header else {
                header = cells
                continue
            }
            guard cells.count == columns.count else {
                throw .columnCount(file: name, line: lineNumber, expected: columns.count, found: cells.count)
            }
            rows.append((lineNumber, cells))
        }
        guard let header else { throw .missingHeader(file: name) }
        self.columns = header
        self.rows = rows
    }

    /// Column `column` of every row as a number, written as a decimal (`-1.5`, `.5`, `2e-1`).
    func numbers(inColumn column: Int) throws(LexiconError) -> [Double] {
        var numbers: [Double] = []
        numbers.reserveCapacity(rows.count)
        for (line, cells) in rows {
            let cell = cells[column]
            // Double(_:) also reads hexadecimal (0x1p3), inf and nan: only decimals are scores.
            guard Self.isDecimal(cell), let value = Double(cell) else {
                throw .notANumber(file: name, line: line, column: String(columns[column]), value: String(cell))
            }
            guard value.isFinite else {
                throw .numberOutOfRange(file: name, line: line, column: String(columns[column]), value: String(cell))
            }
            numbers.append(value)
        }
        return numbers
    }

    /// Whether `text` is a decimal number: an optional sign, digits with an optional point (at
    /// least one digit), and an optional exponent (`e` or `E`, optional sign, digits).
    static func isDecimal(_ text: Substring) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { (0x30...0x39).contains($0) }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}
