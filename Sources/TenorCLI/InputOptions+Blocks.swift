import Tenor

extension InputOptions {
    /// Starts reading every input in blocks of whole units, paragraphs, lines or records
    /// (``BlockReader``, ``TextBlocks``);
    /// `progress` shows the blocks' bytes and units done as `phase`.
    func blocks(progress: ProgressReporter = .silent, phase: String) throws(CLIError) -> BlockReader {
        try blocks(of: try paths(), progress: progress, phase: phase)
    }

    /// The inputs, folders expanded.
    func paths() throws(CLIError) -> [BytePath] {
        try checkIDField()
        return try InputFiles.expand((files.isEmpty ? ["-"] : files).map(BytePath.init(argument:)), extensions: input.extensions)
    }

    /// Whether `paths` can be read twice: regular files all (not standard input, nor a pipe).
    static func canReread(_ paths: [BytePath]) -> Bool {
        InputFiles.totalSize(of: paths) != nil
    }

    /// For each of `paths` that can be read only once (standard input, a pipe), a copy in a
    /// temporary file (``SpooledInput``); nil when some copy cannot be made at all.
    static func copiesForRereading(_ paths: [BytePath], progress: ProgressReporter) throws(CLIError) -> [SpooledInput?]? {
        var copies: [SpooledInput?] = []
        for path in paths {
            if canReread([path]) {
                copies.append(nil)
            } else {
                guard let copy = try SpooledInput.copying(path, progress: progress) else { return nil }
                copies.append(copy)
            }
        }
        return copies
    }

    /// Starts reading `paths` in blocks (from `copies` where an input could be read only once);
    /// `warns` says skipped and empty records (off for a first pass over files read twice).
    func blocks(of paths: [BytePath], copies: [SpooledInput?] = [], progress: ProgressReporter = .silent, phase: String,
                warns: Bool = true) throws(CLIError) -> BlockReader {
        progress.begin(phase, unit: .bytes, total: InputFiles.totalSize(of: paths), countsParagraphs: true)
        var records = recordReader
        records.warns = warns
        return BlockReader(paths: paths, copies: copies, units: input == .text ? .text(split) : .records(records), lossy: lossy,
                           limit: try InputLimit.text(), progress: progress)
    }
}
