import Tenor

/// How a ``DuplicateReport`` looks in each output format: one row per group member.
struct DuplicateView {
    let report: DuplicateReport
    /// Whether members name their file (several inputs were read).
    let labelsFiles: Bool

    func lines(_ format: OutputFormat) throws(CLIError) -> [String] {
        switch format {
        case .json: return [try JSONRenderer.document(report)]
        case .jsonl: return try JSONRenderer.lines(report.groups)
        case .csv: return DelimitedRenderer.csv(table)
        case .tsv: return DelimitedRenderer.tsv(table)
        case .markdown: return MarkdownRenderer.render(table)
        case .html: throw OutputFormat.htmlIsForReports
        case .table: return TableRenderer(width: StandardOutput.width).render(table)
        }
    }

    /// Columns `group kind [file] paragraph first_words`; for a searched matrix with ids,
    /// `id` in place of `first_words`.
    private var table: Table {
        let hasIDs = report.groups.first?.members.first?.id != nil
        var table = Table(columns: [.init(name: "group", alignment: .right), .init(name: "kind")]
            + (labelsFiles ? [.files("file")] : [])
            + [.init(name: "paragraph", alignment: .right), .init(name: hasIDs ? "id" : "first_words", shrinkable: true)])
        for group in report.groups {
            for member in group.members {
                table.rows.append([String(group.group), group.kind.rawValue] + (labelsFiles ? [member.file ?? ""] : [])
                    + [String(member.paragraph), member.id ?? member.firstWords ?? ""])
            }
        }
        return table
    }
}
