import Tenor

/// A report of one row per paragraph plus summaries, and how it prints in each format; the
/// report and stats views differ only in their rows and summaries.
protocol ParagraphReportView {
    associatedtype Report: ParagraphRows

    var report: Report { get }
    /// The rows as table cells; `forMachines` asks for CSV/TSV cells (full detail, empty when
    /// missing) rather than cells for a reader.
    func table(forMachines: Bool) -> Table
    func summaryLines(markdown: Bool) -> [String]
    /// The CSV or TSV lines, header first. The default goes through ``table(forMachines:)``; a
    /// view with many rows may write its lines without building cells first.
    func delimitedLines(csv: Bool) -> [String]
}

/// A report made of paragraph rows and some totals.
protocol ParagraphRows: Encodable {
    associatedtype Row: Encodable & Sendable
    var paragraphs: [Row] { get set }
}

extension Report: ParagraphRows {}
extension StatisticsReport: ParagraphRows {}
extension ToneReport: ParagraphRows {}

extension ParagraphReportView {
    /// The report with its paragraph rows left out (JSON splices them in, encoded in parallel).
    var header: Report {
        var header = report
        header.paragraphs = []
        return header
    }

    var rows: [Report.Row] { report.paragraphs }

    /// Summary blocks under their titles: all input first, then each file when there are several.
    func summaryBlocks<Summary>(_ all: Summary, files: [Summary]?, fileName: (Summary) -> String?,
                                _ block: (Summary, _ title: String) -> [String]) -> [String] {
        var lines = block(all, "Summary: all input")
        for file in files ?? [] {
            lines += [""] + block(file, "Summary: \(fileName(file) ?? "")")
        }
        return lines
    }

    func delimitedLines(csv: Bool) -> [String] {
        csv ? DelimitedRenderer.csv(table(forMachines: true)) : DelimitedRenderer.tsv(table(forMachines: true))
    }

    func lines(_ format: OutputFormat) throws(CLIError) -> [String] {
        switch format {
        case .json: return try JSONRenderer.document(header, paragraphs: rows)
        case .jsonl: return try JSONRenderer.lines(rows)
        case .csv: return delimitedLines(csv: true)
        case .tsv: return delimitedLines(csv: false)
        case .markdown: return MarkdownRenderer.render(table(forMachines: false)) + [""] + summaryLines(markdown: true)
        case .html: throw OutputFormat.htmlIsForReports
        case .table:
            let renderer = TableRenderer(width: StandardOutput.width)
            return renderer.render(table(forMachines: false)) + [""] + summaryLines(markdown: false).map(renderer.clipped)
        }
    }
}
