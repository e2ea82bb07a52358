/// A titled list of "name  value" lines: the summary under a table, or a Markdown list.
struct SummaryBlock {
    let title: String
    let items: [(name: String, value: String)]

    /// The lines, with control characters in the title, names and values (a file name's ESC or
    /// line break) shown as spaces, as table cells show them.
    func lines(markdown: Bool) -> [String] {
        let title = title.onOneLine
        let items = items.map { (name: $0.name.onOneLine, value: $0.value.onOneLine) }
        if markdown {
            return ["**\(title)**", ""] + items.map { "- \($0.name): \($0.value)" }
        }
        let width = (items.map(\.name.count).max() ?? 0) + 2
        return [title] + items.map { name, value in
            "  " + name + String(repeating: " ", count: width - name.count) + value
        }
    }
}
