import TenorText
import TenorSupport

/// CSV (RFC 4180 quoting) and TSV (tabs and line breaks inside cells become spaces).
enum DelimitedRenderer {
    static func csv(_ table: Table) -> [String] {
        lines(table, separator: ",", field: csvField)
    }

    static func tsv(_ table: Table) -> [String] {
        lines(table, separator: "\t", field: tsvField)
    }

    /// The header and one line per row (rows in parallel; each line built in one buffer).
    private static func lines(_ table: Table, separator: Character, field: @escaping @Sendable (String) -> String) -> [String] {
        let header = table.columns.map(\.name).joined(separator: String(separator))
        let rows = table.rows
        return parallelArray(rows.count + 1) { index in
            guard index > 0 else { return header }
            var line = ""
            line.reserveCapacity(rows[index - 1].reduce(0) { $0 + $1.utf8.count + 1 })
            for (column, cell) in rows[index - 1].enumerated() {
                if column > 0 { line.append(separator) }
                line += field(cell)
            }
            return line
        }
    }

    /// A field holding a comma, a quote or a line break is quoted; other control characters (an
    /// ESC that would colour a terminal) become spaces, as in every other view.
    static func csvField(_ cell: String) -> String {
        let cell = cell.replacingControlCharacters(keepingLineBreaks: true)
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }

    static func tsvField(_ cell: String) -> String {
        cell.onOneLine
    }
}

/// A GitHub-flavoured Markdown table.
enum MarkdownRenderer {
    static func render(_ table: Table) -> [String] {
        let header = "| " + table.columns.map(\.name).joined(separator: " | ") + " |"
        let rule = "|" + table.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined()
        return [header, rule] + table.rows.map { row in
            "| " + row.map(escape).joined(separator: " | ") + " |"
        }
    }

    private static func escape(_ cell: String) -> String {
        cell.onOneLine.replacingAll("|", with: "\\|")
    }
}

extension String {
    /// Tabs, line breaks and other control characters turned into spaces, so a cell stays on
    /// its row in the table, TSV and Markdown views and no escape sequence reaches a terminal.
    /// Every reader-facing text goes through it: cells, summary lines, error messages.
    var onOneLine: String {
        replacingControlCharacters(keepingLineBreaks: false)
    }

    /// Control characters (general category Cc: C0, DEL, C1) turned into spaces; line breaks
    /// too unless `keepingLineBreaks`.
    func replacingControlCharacters(keepingLineBreaks: Bool) -> String {
        // Cc is a fixed set (U+0000–001F, U+007F–009F); with U+2028 and U+2029, the other line
        // breaks, it is found from the bytes: C0 and DEL as themselves, C1 after 0xC2, the
        // separators after 0xE2 0x80. Most cells hold none and are returned as they are.
        var bytes = utf8.makeIterator()
        var found = false
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = bytes.next() {
            if byte < 0x20 || byte == 0x7F || (previous.1 == 0xC2 && byte <= 0x9F && byte >= 0x80)
                || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                found = true
                break
            }
            previous = (previous.1, byte)
        }
        guard found else { return self }
        return String(map { character in
            if character.isNewline { return keepingLineBreaks ? character : " " }
            return character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : character
        })
    }

    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
