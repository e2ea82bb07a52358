import Tenor

extension InputOptions {
    /// Whether the inputs can be read block by block: plain text, whose units never span a
    /// block end (structured input is read whole).
    var readsInBlocks: Bool { input == .text }

    /// Reads every input in blocks of whole units (``TextBlocks``), handing each to `body` as a
    /// document, with how many units of its file came before it and whether rows name their
    /// files (several inputs). An empty input is one empty block, so every file is seen.
    /// `progress` shows the blocks' bytes and units done as `phase`.
    func forEachBlock(progress: ProgressReporter = .silent, phase: String,
                      _ body: (_ block: Document, _ unitsBefore: Int, _ labelFiles: Bool) throws(CLIError) -> Void) throws(CLIError) {
        try checkIDField()
        let paths = try InputFiles.expand((files.isEmpty ? ["-"] : files).map(BytePath.init(argument:)), extensions: input.extensions)
        progress.begin(phase, unit: .bytes, total: InputFiles.totalSize(of: paths), countsParagraphs: true)
        let limit = try InputLimit.text()
        for path in paths {
            var blocks = try TextBlocks(path, splitting: split, lossy: lossy, limit: limit)
            defer { blocks.finish() }
            var unitsBefore = 0
            var blocksRead = 0
            while let text = try blocks.next() {
                let block = Document(name: path.description, text: text, splitting: split)
                try body(block, unitsBefore, paths.count > 1)
                progress.advance(text.count, paragraphs: block.paragraphs.count)
                unitsBefore += block.paragraphs.count
                blocksRead += 1
            }
            if blocksRead == 0 { try body(Document(name: path.description, text: []), 0, paths.count > 1) }
        }
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
        for line in lines.dropFirst(hasHeader && wroteHeader ? 1 : 0) { output.line(line) }
        wroteHeader = true
        output.flush()
    }
}
