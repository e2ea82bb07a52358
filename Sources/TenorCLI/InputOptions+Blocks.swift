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
