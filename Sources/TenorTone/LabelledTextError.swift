/// Labelled texts ``LabelledTextReader`` cannot read: what is wrong, and on which line (1-based,
/// counting every line of the input, blank ones included).
public enum LabelledTextError: Error, Equatable, CustomStringConvertible {
    /// The TSV header has a single column, so there is no label column.
    case headerWithoutLabelColumn(line: Int)
    /// The TSV header has no column `name`; `columns` are the ones it has.
    case noColumn(name: String, columns: [String], line: Int)
    /// A TSV row with `count` cells where the header has `expected`.
    case columnCount(count: Int, expected: Int, line: Int)
    /// A JSON Lines object without the field `name`.
    case noField(name: String, line: Int)
    /// A JSON line that is not an object with a string `textField` and a number or string
    /// `labelField`.
    case notARecord(textField: String, labelField: String, line: Int)
    /// A label that is no rating on the reader's scale.
    case label(LabelError, line: Int)

    /// The line the problem is on.
    public var line: Int {
        switch self {
        case .headerWithoutLabelColumn(let line), .noColumn(_, _, let line), .columnCount(_, _, let line),
             .noField(_, let line), .notARecord(_, _, let line), .label(_, let line):
            return line
        }
    }

    /// What is wrong and what to write instead, without the line.
    public var problem: String {
        switch self {
        case .headerWithoutLabelColumn:
            return "the header has one column and no label column; write 'text<TAB>score' and a label after each text"
        case .noColumn(let name, let columns, _):
            return "the header has no column '\(name)'; its columns are \(columns.map { "'\($0)'" }.joined(separator: ", "))"
        case .columnCount(let count, let expected, _):
            return "\(count) tab-separated columns where the header has \(expected); write the text, a tab and its label (a text holds no tab)"
        case .noField(let name, _):
            return "no \"\(name)\" field"
        case .notARecord(let textField, let labelField, _):
            return "not a JSON object with a string \"\(textField)\" and a number or word \"\(labelField)\"; write one object per line"
        case .label(let error, _):
            return error.description
        }
    }

    public var description: String { "line \(line): \(problem)" }
}
