import Tenor

/// The labelled texts `tenor learn` reads from a file: its bytes (within the input limit),
/// decoded as UTF-8 and parsed by ``LabelledTextReader``, whose errors become messages naming
/// the file and line.
struct LabelledInput {
    typealias Format = LabelledTextReader.Format

    let path: String
    let reader: LabelledTextReader

    init(path: String, format: Format, textField: String?, labelField: String?, scale: RatingScale) {
        self.path = path
        reader = LabelledTextReader(format: format, textField: textField, labelField: labelField, scale: scale)
    }

    var scale: RatingScale { reader.scale }

    /// How messages name the input.
    var name: String { BytePath(argument: path).quoted }

    /// The format a file is read in unless `--format` says: JSON Lines for `.jsonl` and
    /// `.ndjson` files, TSV otherwise.
    static func format(of path: String) -> Format {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonl : .tsv
    }

    /// Every labelled text, in file order; the first bad line is an error naming it.
    func texts() throws(CLIError) -> [LabelledText] {
        let file = BytePath(argument: path)
        let text = try InputOptions.readUTF8(file, limit: try InputLimit.text())
        do {
            return try reader.texts(in: String(decoding: text, as: UTF8.self))
        } catch {
            throw .usage("\(name) \(error.commandLineMessage)")
        }
    }
}
