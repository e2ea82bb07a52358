/// Reads labelled texts, the input ``LexiconLearner`` learns from: TSV (a header line, then one
/// text and its label per line, tab-separated) or JSON Lines (one object per line, the text and
/// the label as two of its fields). Labels are numbers on the ``scale`` or the words positive,
/// neutral, negative (see ``RatingScale/rating(of:)``). Blank lines are skipped; line numbers
/// count them.
public struct LabelledTextReader: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case tsv, jsonl
    }

    public var format: Format
    /// TSV: the header's name of the text column (nil: the first column); JSON Lines: the field
    /// (nil: `text`).
    public var textField: String?
    /// The same for the label (nil: the second column; `label`).
    public var labelField: String?
    public var scale: RatingScale

    public init(format: Format, textField: String? = nil, labelField: String? = nil, scale: RatingScale = .vader) {
        self.format = format
        self.textField = textField
        self.labelField = labelField
        self.scale = scale
    }

    /// Every labelled text of `text`, in order; the first bad line is an error naming it. Lines
    /// end with LF or CR LF; a leading byte-order mark is ignored.
    public func texts(in text: String) throws(LabelledTextError) -> [LabelledText] {
        var lines: [(number: Int, text: Substring)] = []
        // Split the UTF-8, not the characters: CR LF is one character, which "\n" never equals.
        let utf8 = text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? text.utf8.dropFirst(3) : text.utf8[...]
        for (index, line) in utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let text = Substring(line.last == 0x0D ? line.dropLast() : line)
            if !text.allSatisfy(\.isWhitespace) { lines.append((index + 1, text)) }
        }
        switch format {
        case .tsv: return try tsvTexts(lines)
        case .jsonl: return try jsonTexts(lines)
        }
    }

    private func tsvTexts(_ lines: [(number: Int, text: Substring)]) throws(LabelledTextError) -> [LabelledText] {
        guard let header = lines.first.map({ $0.text.split(separator: "\t", omittingEmptySubsequences: false) }) else { return [] }
        guard header.count >= 2 else { throw .headerWithoutLabelColumn(line: lines[0].number) }
        let textColumn = try column(named: textField, in: header, default: 0, line: lines[0].number)
        let labelColumn = try column(named: labelField, in: header, default: 1, line: lines[0].number)
        var texts: [LabelledText] = []
        for (number, line) in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else {
                throw .columnCount(count: cells.count, expected: header.count, line: number)
            }
            texts.append(LabelledText(text: String(cells[textColumn]), rating: try rating(of: cells[labelColumn], line: number), line: number))
        }
        return texts
    }

    private func column(named field: String?, in header: [Substring], default column: Int, line: Int) throws(LabelledTextError) -> Int {
        guard let field else { return column }
        guard let index = header.firstIndex(where: { $0 == field }) else {
            throw .noColumn(name: field, columns: header.map(String.init), line: line)
        }
        return index
    }

    func rating(of label: some StringProtocol, line: Int) throws(LabelledTextError) -> Double {
        do {
            return try scale.rating(of: label)
        } catch {
            throw .label(error, line: line)
        }
    }
}
