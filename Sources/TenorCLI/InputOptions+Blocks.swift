import Tenor

extension InputOptions {
    /// Starts reading every input in blocks of whole units, paragraphs, lines or records
    /// (``BlockReader``, ``TextBlocks``);
    /// `progress` shows the blocks' bytes and units done as `phase`.
    func blocks(progress: ProgressReporter = .silent, phase: String) throws(CLIError) -> BlockReader {
        try checkIDField()
        let paths = try InputFiles.expand((files.isEmpty ? ["-"] : files).map(BytePath.init(argument:)), extensions: input.extensions)
        progress.begin(phase, unit: .bytes, total: InputFiles.totalSize(of: paths), countsParagraphs: true)
        return BlockReader(paths: paths, units: input == .text ? .text(split) : .records(recordReader), lossy: lossy,
                           limit: try InputLimit.text(), progress: progress)
    }
}

/// Standard output for rows written block by block: a CSV or TSV header only once.
struct BlockOutput {
    let format: OutputFormat
    private let output = StandardOutput()
    private var wroteHeader = false
    /// Its line is erased before rows go to the terminal it stands on.
    private let progress: ProgressReporter

    init(format: OutputFormat, progress: ProgressReporter = .silent) {
        self.format = format
        self.progress = progress
    }

    /// Writes a block's lines (a header first, for CSV and TSV), and sends them on their way.
    mutating func write(_ lines: [String]) {
        let hasHeader = format == .csv || format == .tsv
        if StandardOutput.isTerminal { progress.clearLine() }
        output.lines(lines.dropFirst(hasHeader && wroteHeader ? 1 : 0))
        wroteHeader = true
        output.flush()
    }
}
