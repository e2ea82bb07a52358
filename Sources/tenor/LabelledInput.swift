import Tenor

/// The labelled texts `tenor learn` reads: a TSV file (a header line, then one text and its
/// label per line) or JSON Lines (one object per line, the text and the label as two fields).
/// Labels are numbers on the ``RatingScale`` or the words positive, neutral, negative.
struct LabelledInput {
    enum Format: String, CaseIterable {
        case tsv, jsonl
    }

    let path: String
    let format: Format
    /// TSV: the header's name of the text column (nil: the first column); JSONL: the field
    /// (nil: `text`).
    let textField: String?
    /// The same for the label (nil: the second column; `label`).
    let labelField: String?
    let scale: RatingScale

    /// How messages name the input.
    var name: String { path == "-" ? "standard input" : "'\(path)'" }

    /// The format a file is read in unless `--format` says: JSON Lines for `.jsonl` and
    /// `.ndjson` files, TSV otherwise.
    static func format(of path: String) -> Format {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonl : .tsv
    }

    /// Every labelled text, in file order; the first bad line is an error naming it.
    func texts() throws(CLIError) -> [LabelledText] {
        let bytes = try POSIXFile.readAll(path)
        do {
            _ = try TextDecoding.utf8(bytes)
        } catch {
            let line = ParagraphSplitting.lineNumber(ofOffset: error.offset, in: bytes)
            throw .usage("\(name) is not valid UTF-8 at line \(line): convert it to UTF-8")
        }
        var lines: [(number: Int, text: Substring)] = []
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            if !text.allSatisfy(\.isWhitespace) { lines.append((index + 1, text)) }
        }
        switch format {
        case .tsv: return try tsvTexts(lines)
        case .jsonl: return try jsonTexts(lines)
        }
    }

    private func tsvTexts(_ lines: [(number: Int, text: Substring)]) throws(CLIError) -> [LabelledText] {
        guard let header = lines.first.map({ $0.text.split(separator: "\t", omittingEmptySubsequences: false) }) else { return [] }
        guard header.count >= 2 else {
            throw .usage("\(name) line \(lines[0].number): the header has one column and no label column; write 'text<TAB>score' and a label after each text")
        }
        let textColumn = try column(named: textField, in: header, default: 0, line: lines[0].number)
        let labelColumn = try column(named: labelField, in: header, default: 1, line: lines[0].number)
        var texts: [LabelledText] = []
        for (number, line) in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else {
                throw .usage("\(name) line \(number): \(cells.count) tab-separated columns where the header has \(header.count); write the text, a tab and its label (a text holds no tab)")
            }
            texts.append(LabelledText(text: String(cells[textColumn]), rating: try rating(of: cells[labelColumn], line: number), line: number))
        }
        return texts
    }

    private func column(named field: String?, in header: [Substring], default column: Int, line: Int) throws(CLIError) -> Int {
        guard let field else { return column }
        guard let index = header.firstIndex(where: { $0 == field }) else {
            throw .usage("\(name) line \(line): the header has no column '\(field)'; its columns are \(header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return index
    }

    private func jsonTexts(_ lines: [(number: Int, text: Substring)]) throws(CLIError) -> [LabelledText] {
        let (textName, labelName) = (textField ?? "text", labelField ?? "label")
        var texts: [LabelledText] = []
        for (number, line) in lines {
            let fields: [String: JSONObjectLine.Value]
            do {
                fields = try JSONObjectLine.fields([textName, labelName], in: line)
            } catch {
                throw .usage("\(name) line \(number): not a JSON object (\(error)); write one object per line")
            }
            guard case .string(let text) = fields[textName] else {
                throw .usage("\(name) line \(number): \(fields[textName] == nil ? "no" : "no string in the") \"\(textName)\" field; name the text's field with --text-field")
            }
            let label: String
            switch fields[labelName] {
            case .number(let value): label = String(value)
            case .string(let word): label = word
            case nil: throw .usage("\(name) line \(number): no \"\(labelName)\" field; name the label's field with --label-field")
            default: throw .usage("\(name) line \(number): the \"\(labelName)\" field holds no number or word")
            }
            texts.append(LabelledText(text: text, rating: try rating(of: label, line: number), line: number))
        }
        return texts
    }

    private func rating(of label: some StringProtocol, line: Int) throws(CLIError) -> Double {
        do {
            return try scale.rating(of: label)
        } catch {
            throw .usage("\(name) line \(line): \(error.description)")
        }
    }
}
