/// The terminal view: aligned columns, fitted to a width when there is one.
///
/// Widths are display widths (East Asian wide characters take two columns, combining marks
/// none). To fit, the shrinkable (text) columns are narrowed to 12 first (their cells end in
/// `…`); if the rest is still too wide, the columns that may be hidden go, lowest rank first,
/// and a last line names them; then text columns narrow down to 8; a line still too wide (a
/// very narrow terminal) is cut.
struct TableRenderer {
    /// The columns to fit in; nil fits nothing (every cell whole).
    let width: Int?

    func render(_ table: Table) -> [String] {
        let layout = layout(table)
        return head(table.columns, layout) + lines(table.rows, table.columns, layout) + hiddenNote(table.columns, layout)
    }

    /// Which columns show, and how wide: fitted to the header and `table`'s rows.
    func layout(_ table: Table) -> TableLayout {
        let columns = table.columns
        let natural = columns.indices.map { column in
            table.rows.reduce(columns[column].name.displayWidth) { max($0, $1[column].onOneLine.displayWidth) }
        }
        // Text columns narrowed to a readable width first; then columns hidden; then text
        // columns narrowed further.
        var shown = Array(columns.indices)
        var widths = fitted(natural, shown: shown, columns, keeping: Self.readableWidth)
        let hideable = columns.indices.compactMap { column in columns[column].hidingRank.map { (rank: $0, column: column) } }
            .sorted { $0.rank < $1.rank }.map(\.column)
        var hidden: [Int] = []
        for column in hideable where exceeds(widths, shown: shown) {
            shown.removeAll { $0 == column }
            hidden.append(column)
            widths = fitted(natural, shown: shown, columns, keeping: Self.readableWidth)
        }
        if exceeds(widths, shown: shown) { widths = fitted(natural, shown: shown, columns, keeping: Self.leastWidth) }
        return TableLayout(shown: shown, hidden: hidden, widths: widths)
    }

    /// The header and the rule under it.
    func head(_ columns: [Table.Column], _ layout: TableLayout) -> [String] {
        let total = Self.span(layout.widths, layout.shown)
        let rule = String(repeating: "─", count: min(width ?? total, total))
        return [line(columns.map(\.name), columns, layout), rule].map(clipped)
    }

    /// A line per row, in `layout`.
    func lines(_ rows: [[String]], _ columns: [Table.Column], _ layout: TableLayout) -> [String] {
        rows.map { clipped(line($0.map(\.onOneLine), columns, layout)) }
    }

    /// The line naming the columns hidden to fit, if any.
    func hiddenNote(_ columns: [Table.Column], _ layout: TableLayout) -> [String] {
        layout.hidden.isEmpty ? [] : [clipped("(hidden to fit: \(layout.hidden.map { columns[$0].name }.joined(separator: ", ")))")]
    }

    /// `layout` widened for rows that come after it was made (a table written block by block,
    /// laid out by its first block): a number column grows to its widest cell, so no number is
    /// cut; a text column grows only into room the width leaves, and is cut beyond it.
    func widened(_ layout: TableLayout, for rows: [[String]], _ columns: [Table.Column]) -> TableLayout {
        var widened = layout
        for column in layout.shown {
            let widest = rows.reduce(0) { max($0, $1[column].onOneLine.displayWidth) }
            guard widest > widened.widths[column] else { continue }
            if columns[column].shrinkable, let width {
                let room = width - Self.span(widened.widths, widened.shown)
                widened.widths[column] += max(0, min(room, widest - widened.widths[column]))
            } else {
                widened.widths[column] = widest
            }
        }
        return widened
    }

    /// A free-form line cut to the width, with `…` where it was cut.
    func clipped(_ line: String) -> String {
        guard let width else { return line }
        return line.truncated(toWidth: width)
    }

    /// Whether the shown columns, with their separators, are wider than the width.
    private func exceeds(_ widths: [Int], shown: [Int]) -> Bool {
        guard let width else { return false }
        return Self.span(widths, shown) > width
    }

    /// The columns the shown ones take, with the two-space separators between them.
    private static func span(_ widths: [Int], _ shown: [Int]) -> Int {
        shown.reduce(0) { $0 + widths[$1] } + 2 * (shown.count - 1)
    }

    /// Shrinkable columns keep this much while columns can still be hidden, and at least the
    /// second after.
    static let readableWidth = 12
    static let leastWidth = 8

    /// The widths after narrowing the shown shrinkable columns until the row fits, always the
    /// widest one and only down to the next widest, so they end up sharing the room (each keeps
    /// at least `minimum`).
    private func fitted(_ natural: [Int], shown: [Int], _ columns: [Table.Column], keeping minimum: Int) -> [Int] {
        var widths = natural
        guard let width else { return widths }
        var excess = Self.span(widths, shown) - width
        while excess > 0 {
            let candidates = shown.filter { columns[$0].shrinkable && widths[$0] > minimum }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? minimum
            let cut = max(1, min(excess, widths[widest] - max(next, minimum)))
            widths[widest] -= cut
            excess -= cut
        }
        return widths
    }

    private func line(_ cells: [String], _ columns: [Table.Column], _ layout: TableLayout) -> String {
        var parts: [String] = []
        for column in layout.shown {
            let width = layout.widths[column]
            let text = cells[column].truncated(toWidth: width, keepingEnd: columns[column].keepsEnd)
            let padding = String(repeating: " ", count: width - text.displayWidth)
            switch columns[column].alignment {
            case .left: parts.append(column == layout.shown.last ? text : text + padding)
            case .right: parts.append(padding + text)
            }
        }
        return parts.joined(separator: "  ")
    }
}

/// The columns a ``TableRenderer`` shows and their widths.
struct TableLayout {
    /// The columns shown, in order.
    var shown: [Int]
    /// The columns hidden to fit, in the order they were hidden.
    var hidden: [Int]
    /// Every column's width (a hidden column's is unused).
    var widths: [Int]
}
