import ArgumentParser
import Tenor

/// The inputs every command reads, and how they are cut into units.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Text files or folders (every .txt and .md file inside, in sorted order). `-` or nothing reads standard input.",
        valueName: "file"), completion: .file(extensions: ["txt", "md"]))
    var files: [String] = []

    @Option(help: "Units to measure: `paragraphs` (blocks separated by a blank line) or `lines` (every non-empty line).")
    var split: ParagraphSplitting = .paragraphs

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    @Option(help: "How the inputs hold their texts: `text` (split by --split), `jsonl` (one JSON object a line), `csv` or `tsv` (a header row, one record a row).")
    var input: InputFormat = .text

    @Option(name: [.customLong("text-field"), .customLong("text-column")],
            help: ArgumentHelp("The JSON field (jsonl) or column (csv, tsv) holding the text.", valueName: "name"))
    var textField = "text"

    @Option(name: [.customLong("id-field"), .customLong("id-column")],
            help: ArgumentHelp("The JSON field or column holding each record's id, carried into every output row as `id`.", valueName: "name"))
    var idField: String?

    @Flag(help: "Skip a bad jsonl/csv/tsv record with a warning (and a count) instead of stopping.")
    var skipBadLines = false

    /// Reads every input as a ``Document``; a file found in a folder given is skipped when it is
    /// in `excluded` (the outputs of `tenor vectorize`).
    func documents(excluding excluded: Set<POSIXFile.Identity> = [], progress: ProgressReporter = .silent) throws(CLIError) -> [Document] {
        try read(excluding: excluded, progress: progress).documents
    }

    /// Reads `paths` (files, folders or `-`) as documents, split and decoded as the inputs are.
    func documents(_ paths: [String], excluding excluded: Set<POSIXFile.Identity> = [],
                   progress: ProgressReporter = .silent) throws(CLIError) -> [Document] {
        try read(paths, excluding: excluded, progress: progress).documents
    }

    /// Every input as documents, with their units' ids when `--id-field` asks for them.
    func read(excluding excluded: Set<POSIXFile.Identity> = [], progress: ProgressReporter = .silent) throws(CLIError) -> InputSet {
        try read(files.isEmpty ? ["-"] : files, excluding: excluded, progress: progress)
    }

    /// Reads `paths` (files, folders or `-`): decoded, then split (text) or read as records;
    /// `progress` counts the bytes read.
    func read(_ paths: [String], excluding excluded: Set<POSIXFile.Identity> = [],
              progress: ProgressReporter = .silent) throws(CLIError) -> InputSet {
        try checkIDField()
        let reader = recordReader
        var inputs = InputSet()
        let limit = try InputLimit.text()
        let expanded = try InputFiles.expand(paths.map(BytePath.init(argument:)), excluding: excluded, extensions: input.extensions)
        progress.begin("reading", unit: .bytes, total: InputFiles.totalSize(of: expanded))
        for path in expanded {
            if input == .text {
                let bytes = try POSIXFile.readText(path, limit: limit)
                progress.advance(bytes.count)
                if let document = Document(name: path.description, checking: bytes, splitting: split) {
                    inputs.documents.append(document)
                } else {
                    // A byte-order mark to drop or bytes to replace: a copy, made rarely.
                    let text = try Self.decodeUTF8(Array(bytes), from: path, lossy: lossy)
                    inputs.documents.append(Document(name: path.description, text: text, splitting: split))
                }
            } else {
                let bytes = try POSIXFile.readAll(path, limit: limit)
                progress.advance(bytes.count)
                let text = try Self.decodeUTF8(bytes, from: path, lossy: lossy)
                let records = try reader.records(in: text, from: path)
                inputs.documents.append(records.document)
                if let ids = records.ids { inputs.ids.append(ids) }
            }
        }
        return inputs
    }

    /// Refuses the run when another program wrote into an input while it was mapped: the text
    /// was checked and split as it was, and the results would mix two texts. For the commands
    /// that hold their input, before they write their output.
    static func checkUnchanged(_ documents: [Document]) throws(CLIError) {
        for document in documents {
            if let file = document.text.mappedFile, !file.isUnchanged {
                throw .usage("'\(file.name)' changed while it was read, so the results would mix two texts: nothing was written; run again when nothing writes to it")
            }
        }
    }

    /// How structured input's records are read.
    var recordReader: RecordReader {
        RecordReader(format: input, textField: textField, idField: idField, lossy: lossy, skipBadLines: skipBadLines)
    }

    /// Refuses `--id-field` for plain text, which has no fields.
    func checkIDField() throws(CLIError) {
        if input == .text, idField != nil {
            throw .usage("--id-field names a field of structured input: pass --input jsonl, csv or tsv with it")
        }
    }

    /// The inputs as an error message names them: the one file, standard input, or "the inputs".
    static func describe(_ documents: [Document]) -> String {
        documents.count == 1 ? (documents[0].name == "-" ? "standard input" : "'\(documents[0].name)'") : "the inputs"
    }

    /// The UTF-8 text of the file at `path` (standard input for `-`), a byte-order mark dropped;
    /// invalid UTF-8 is an error naming the file, line and offset, with `subject` before it
    /// (`"stop-word list "`). `lossy`: replace bad bytes with U+FFFD (true), refuse them (false),
    /// or nil for a file `--lossy` does not apply to.
    static func readUTF8(_ path: BytePath, limit: InputLimit, lossy: Bool? = nil, subject: String = "") throws(CLIError) -> [UInt8] {
        try decodeUTF8(POSIXFile.readAll(path, limit: limit), from: path, lossy: lossy, subject: subject)
    }

    /// ``readUTF8(_:limit:lossy:subject:)`` for `bytes` already read from `path`.
    static func decodeUTF8(_ bytes: [UInt8], from path: BytePath, lossy: Bool? = nil, subject: String = "") throws(CLIError) -> [UInt8] {
        do {
            return try TextDecoding.utf8(bytes, lossy: lossy ?? false)
        } catch {
            throw .usage(subject + notUTF8(path, bytes: bytes, at: error.offset, lossyApplies: lossy != nil))
        }
    }

    /// Why `bytes`, read from `path`, are not UTF-8 at `offset`, and what to do (`--lossy`
    /// only for the texts it applies to).
    /// `start` is where `bytes` begin in the input, when they are a block of it.
    static func notUTF8(_ path: BytePath, bytes: [UInt8], at offset: Int, lossyApplies: Bool = true,
                        startingAt start: (offset: Int, line: Int) = (0, 1)) -> String {
        if start.offset == 0, let encoding = TextDecoding.byteOrderMarkEncoding(of: bytes) {
            let family = encoding.prefix(while: { $0 != " " })
            let file = path.isStandardInput ? "FILE" : "'\(path)'"
            return "\(path.quoted) is not UTF-8: it looks like \(encoding) text (it starts with that byte-order mark); convert it, such as with iconv -f \(family) -t UTF-8 \(file) > converted.txt"
        }
        let line = start.line - 1 + ParagraphSplitting.lineNumber(ofOffset: offset, in: bytes)
        return "\(path.quoted) is not valid UTF-8 at line \(line), byte offset \(start.offset + offset): convert it to UTF-8" + (lossyApplies ? ", or pass --lossy to replace bad bytes" : "")
    }
}

extension ParagraphSplitting: ExpressibleByArgument {}
