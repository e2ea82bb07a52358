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
        let columns = table.columns
        let rows = table.rows.map { $0.map(\.onOneLine) }
        let natural = columns.indices.map { column in
            rows.reduce(columns[column].name.displayWidth) { max($0, $1[column].displayWidth) }
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
        let header = line(columns.map(\.name), shown, columns, widths)
        let total = Self.span(widths, shown)
        let rule = String(repeating: "─", count: min(width ?? total, total))
        var lines = [header, rule] + rows.map { line($0, shown, columns, widths) }
        if !hidden.isEmpty {
            lines.append("(hidden to fit: \(hidden.map { columns[$0].name }.joined(separator: ", ")))")
        }
        return lines.map(clipped)
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

    private func line(_ cells: [String], _ shown: [Int], _ columns: [Table.Column], _ widths: [Int]) -> String {
        var parts: [String] = []
        for column in shown {
            let text = cells[column].truncated(toWidth: widths[column], keepingEnd: columns[column].keepsEnd)
            let padding = String(repeating: " ", count: widths[column] - text.displayWidth)
            switch columns[column].alignment {
            case .left: parts.append(column == shown.last ? text : text + padding)
            case .right: parts.append(padding + text)
            }
        }
        return parts.joined(separator: "  ")
    }
}
