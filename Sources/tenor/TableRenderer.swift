/// The terminal view: aligned columns, shrinking the shrinkable ones to fit the width.
struct TableRenderer {
    let width: Int

    func render(_ table: Table) -> [String] {
        var widths = table.columns.indices.map { column in
            table.rows.reduce(table.columns[column].name.count) { max($0, $1[column].count) }
        }
        fit(&widths, table.columns)
        let header = line(table.columns.map(\.name), table.columns, widths)
        let rule = String(repeating: "─", count: min(width, widths.reduce(0, +) + 2 * (widths.count - 1)))
        return [header, rule] + table.rows.map { line($0, table.columns, widths) }
    }

    /// A free-form line cut to the width, with `…` where it was cut.
    func clipped(_ line: String) -> String {
        line.count > width ? String(line.prefix(width - 1)) + "…" : line
    }

    /// Narrows shrinkable columns until the row fits, always the widest one and only down to the
    /// next widest, so the shrinkable columns end up sharing the room (each keeps at least 8).
    private func fit(_ widths: inout [Int], _ columns: [Table.Column]) {
        var excess = widths.reduce(0, +) + 2 * (widths.count - 1) - width
        while excess > 0 {
            let candidates = widths.indices.filter { columns[$0].shrinkable && widths[$0] > 8 }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 8
            let cut = max(1, min(excess, widths[widest] - max(next, 8)))
            widths[widest] -= cut
            excess -= cut
        }
    }

    private func line(_ cells: [String], _ columns: [Table.Column], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.map(\.onOneLine).enumerated() {
            let text = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
            let padding = String(repeating: " ", count: widths[index] - text.count)
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(isLast ? text : text + padding)
            case .right: parts.append(padding + text)
            }
        }
        return parts.joined(separator: "  ")
    }
}
