import Tenor
import TenorSupport

/// How a ``SimilarityReport`` looks in each output format: one row per (paragraph, neighbour).
struct SimilarityView {
    let report: SimilarityReport
    /// Whether rows name files (several inputs, or `--against`): the delimited views then carry
    /// `file` and `neighbor_file` columns.
    let pairsOfFiles: Bool

    func lines(_ format: OutputFormat) throws(CLIError) -> [String] {
        switch format {
        case .json:
            var header = report
            header.paragraphs = []
            return try JSONRenderer.document(header, paragraphs: report.paragraphs)
        case .jsonl: return try JSONRenderer.lines(report.paragraphs)
        case .csv: return delimitedLines(csv: true)
        case .tsv: return delimitedLines(csv: false)
        case .markdown: return MarkdownRenderer.render(readerTable)
        case .html: throw OutputFormat.htmlIsForReports
        case .table: return TableRenderer(width: StandardOutput.width).render(readerTable)
        }
    }

    /// Whether the rows carry ids (a searched matrix with ids.txt): the delimited views and the
    /// table then have `id` and `neighbor_id` columns.
    private var hasIDs: Bool { report.paragraphs.first?.id != nil }

    /// Each paragraph with its opening (or, for a searched matrix, its id), then one line per
    /// neighbour with the neighbour's; a paragraph with no neighbour keeps one line with the
    /// neighbour columns empty.
    private var readerTable: Table {
        let (words, neighborWords) = hasIDs ? ("id", "neighbor_id") : ("first_words", "neighbor_first_words")
        var table = Table(columns: [
            pairsOfFiles ? .files("paragraph") : .init(name: "paragraph", alignment: .right),
            .init(name: words, shrinkable: true),
            .init(name: "rank", alignment: .right),
            pairsOfFiles ? .files("neighbor") : .init(name: "neighbor", alignment: .right),
            .init(name: "score", alignment: .right),
            .init(name: neighborWords, shrinkable: true),
        ])
        for paragraph in report.paragraphs {
            let name = Self.place(paragraph.file, paragraph.paragraph)
            let shown = paragraph.id ?? paragraph.firstWords ?? ""
            if paragraph.neighbors.isEmpty { table.rows.append([name, shown, "", "", "", ""]) }
            for (rank, neighbor) in paragraph.neighbors.enumerated() {
                table.rows.append([
                    rank == 0 ? name : "", rank == 0 ? shown : "", String(rank + 1),
                    Self.place(neighbor.file, neighbor.paragraph), FixedPoint.text(neighbor.score, places: 4),
                    neighbor.id ?? neighbor.firstWords ?? "",
                ])
            }
        }
        return table
    }

    private static func place(_ file: String?, _ paragraph: Int) -> String {
        file.map { "\($0):\(paragraph)" } ?? String(paragraph)
    }

    /// CSV or TSV: header, then one line per neighbour (scores with 6 decimals), written
    /// paragraph by paragraph in parallel.
    private func delimitedLines(csv: Bool) -> [String] {
        let separator = csv ? "," : "\t"
        let field = csv ? DelimitedRenderer.csvField : DelimitedRenderer.tsvField
        var columns = pairsOfFiles
            ? ["file", "paragraph", "rank", "neighbor_file", "neighbor", "score"]
            : ["paragraph", "rank", "neighbor", "score"]
        if hasIDs { columns = ["id", "paragraph", "rank", "neighbor_id", "neighbor", "score"] }
        let paragraphs = report.paragraphs
        let pairsOfFiles = pairsOfFiles
        let blocks = parallelArray(paragraphs.count) { index in
            let paragraph = paragraphs[index]
            return paragraph.neighbors.enumerated().map { rank, neighbor in
                var cells = [String(paragraph.paragraph), String(rank + 1), String(neighbor.paragraph),
                             FixedPoint.text(neighbor.score, places: 6)]
                if let id = paragraph.id {
                    cells.insert(field(id), at: 0)
                    cells.insert(field(neighbor.id ?? ""), at: 3)
                } else if pairsOfFiles {
                    cells.insert(field(paragraph.file ?? ""), at: 0)
                    cells.insert(field(neighbor.file ?? ""), at: 3)
                }
                return cells.joined(separator: separator)
            }
        }
        return [columns.joined(separator: separator)] + blocks.joined()
    }
}
