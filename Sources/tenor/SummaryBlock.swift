/// A titled list of "name  value" lines: the summary under a table, or a Markdown list.
struct SummaryBlock {
    let title: String
    let items: [(name: String, value: String)]

    func lines(markdown: Bool) -> [String] {
        if markdown {
            return ["**\(title)**", ""] + items.map { "- \($0.name): \($0.value)" }
        }
        let width = (items.map(\.name.count).max() ?? 0) + 2
        return [title] + items.map { name, value in
            "  " + name + String(repeating: " ", count: width - name.count) + value
        }
    }
}
