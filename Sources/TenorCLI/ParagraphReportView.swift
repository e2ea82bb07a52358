import Tenor

/// A report of one row per paragraph plus summaries, and how it prints in each format; the
/// report and stats views differ only in their rows and summaries.
protocol ParagraphReportView {
    associatedtype Report: ParagraphRows

    var report: Report { get }
    /// Each row's record id (structured input read with `--id-field`): an `id` column or key.
    var ids: ParagraphIDs? { get }
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
    associatedtype Row: Encodable & Sendable & NumberedRow
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
        switch (format, ids) {
        case (.json, _):
            let (opening, closing) = try JSONRenderer.frame(header)
            return [opening] + JSONReportEncoder.separated(try jsonRows()) + [closing]
        case (.jsonl, nil): return try JSONRenderer.lines(rows)
        case (.jsonl, let ids?): return try JSONRenderer.lines(identifiedRows(ids))
        case (.csv, _): return identifiedDelimitedLines(csv: true)
        case (.tsv, _): return identifiedDelimitedLines(csv: false)
        case (.markdown, _): return MarkdownRenderer.render(rowTable(forMachines: false)) + [""] + summaryLines(markdown: true)
        case (.html, _): throw OutputFormat.htmlIsForReports
        case (.table, _):
            let renderer = TableRenderer(width: StandardOutput.width)
            return renderer.render(rowTable(forMachines: false)) + [""] + summaryLines(markdown: false).map(renderer.clipped)
        }
    }

    /// Each row's JSON, as an element of the document's `paragraphs` (with its id when there
    /// are ids).
    func jsonRows() throws(CLIError) -> [String] {
        switch ids {
        case nil: try JSONRenderer.elements(rows)
        case let ids?: try JSONRenderer.elements(identifiedRows(ids))
        }
    }

    /// The rows' table, with the `id` column when there are ids.
    func rowTable(forMachines: Bool) -> Table {
        let table = table(forMachines: forMachines)
        return ids.map { identified(table, ids: $0) } ?? table
    }
}
