import Tenor

/// Standard output for a report written block by block, in any view: each block's rows as soon
/// as they are worked out, then the totals. What comes once comes once: the CSV or TSV header,
/// the Markdown table's head, the table's head (laid out by the first block; a later, wider
/// number widens its column), the JSON document's opening (the rows are its `paragraphs`, the
/// totals come after them).
struct BlockOutput {
    let format: OutputFormat
    private let output: any LineOutput
    /// Its line is erased before rows go to the terminal it stands on.
    private let progress: ProgressReporter
    private let renderer: TableRenderer
    /// Whether the first block has been written.
    private var started = false
    /// The table's columns, as the first block laid them out.
    private var layout: TableLayout?
    /// The last JSON row written: its comma waits until another row follows it.
    private var lastJSONRow: String?

    /// `width`: the columns the table view fits (standard output's, unless told).
    init(format: OutputFormat, progress: ProgressReporter = .silent, to output: any LineOutput = StandardOutput(),
         width: Int? = StandardOutput.width) {
        self.format = format
        self.progress = progress
        self.output = output
        renderer = TableRenderer(width: width)
    }

    /// Writes a block's rows (what comes once first, from the first block), and sends them on
    /// their way.
    mutating func write(_ view: some ParagraphReportView) throws(CLIError) {
        if StandardOutput.isTerminal { progress.clearLine() }
        switch format {
        case .csv, .tsv:
            emit(try view.lines(format).dropFirst(started ? 1 : 0))
        case .jsonl:
            emit(try view.lines(format))
        case .markdown:
            emit(MarkdownRenderer.render(view.rowTable(forMachines: false)).dropFirst(started ? 2 : 0))
        case .table:
            // Laid out by the first block with rows (an empty file may come first).
            let table = view.rowTable(forMachines: false)
            guard !table.rows.isEmpty else { break }
            let layout = layout.map { renderer.widened($0, for: table.rows, table.columns) } ?? renderer.layout(table)
            if self.layout == nil { emit(renderer.head(table.columns, layout)) }
            emit(renderer.lines(table.rows, table.columns, layout))
            self.layout = layout
        case .json:
            if !started { emit([try JSONRenderer.frame(view.header).opening]) }
            for row in try view.jsonRows() {
                if let last = lastJSONRow { output.line(last + ",") }
                lastJSONRow = row
            }
        case .html:
            throw OutputFormat.htmlIsForReports
        }
        started = true
        output.flush()
    }

    /// Writes a block's CSV or TSV rows, already lines of bytes, after `header` the first time.
    mutating func write(header: String, rows: [[UInt8]]) {
        if StandardOutput.isTerminal { progress.clearLine() }
        if !started { output.line(header) }
        started = true
        for part in rows { output.write(part) }
        output.flush()
    }

    /// Ends the output with the totals: `totals` is a view of a report without rows, holding the
    /// summaries of every row written.
    mutating func finish(_ totals: some ParagraphReportView) throws(CLIError) {
        switch format {
        case .csv, .tsv, .jsonl, .html:
            break
        case .markdown:
            emit([""] + totals.summaryLines(markdown: true))
        case .table:
            let table = totals.rowTable(forMachines: false)
            let layout = layout ?? renderer.layout(table)
            if self.layout == nil { emit(renderer.head(table.columns, layout)) }
            emit(renderer.hiddenNote(table.columns, layout) + [""] + totals.summaryLines(markdown: false).map(renderer.clipped))
        case .json:
            let frame = try JSONRenderer.frame(totals.header)
            emit((started ? [] : [frame.opening]) + [lastJSONRow ?? "", frame.closing])
        }
        output.flush()
    }

    /// After a failure (a bad record in a later block): a JSON document already begun is ended
    /// with the totals of the rows written, so what was written stays one valid document (the
    /// exit status and the error say the input was not read to its end). Other views are whole
    /// line by line already.
    mutating func closeAfterFailure(_ totals: some ParagraphReportView) {
        guard format == .json, started else { return }
        try? finish(totals)
    }

    private func emit(_ lines: ArraySlice<String>) {
        output.lines(lines)
    }

    private func emit(_ lines: [String]) {
        output.lines(lines[...])
    }
}

/// Where lines go: standard output, or a test's collection.
protocol LineOutput: AnyObject {
    func line(_ text: String)
    /// Writes each of `lines` with a line break after it.
    func lines(_ lines: ArraySlice<String>)
    /// Writes UTF-8 bytes: whole lines, each ending in a line feed.
    func write(_ bytes: [UInt8])
    /// Sends the lines so far on their way.
    func flush()
}

extension StandardOutput: LineOutput {}
