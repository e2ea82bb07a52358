/// A lexicon that cannot be read, with the file and line at fault and what to do.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// No built-in lexicon has this name and no file is at this path.
    case unknown(String)
    /// The file could not be read or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// A file with no header line.
    case missingHeader(file: String)
    /// A header of one column: a lexicon needs a term and a score.
    case headerNeedsTwoColumns(file: String)
    /// A header and no entry below it.
    case noEntries(file: String)
    /// A row with another number of tab-separated columns than the header.
    case columnCount(file: String, line: Int, expected: Int, found: Int)
    /// A score that is not a finite number.
    case notANumber(file: String, line: Int, column: String, value: String)
    /// A score far outside VADER's -4…4 scale (beyond ±``ToneLexicon/largestScore``).
    case scoreOutOfRange(file: String, line: Int, value: Double)

    public var description: String {
        switch self {
        case .unknown(let name):
            return "no lexicon named '\(name)' and no such file: use one of \(ToneLexicon.builtInNames.joined(separator: ", ")), or the path of a TSV file"
        case .unreadable(let file, let reason):
            return "cannot read lexicon '\(file)': \(reason)"
        case .missingHeader(let file):
            return "lexicon '\(file)' has no header line: start it with a line such as 'term<TAB>score'"
        case .headerNeedsTwoColumns(let file):
            return "lexicon '\(file)': its header has one column; a lexicon needs two, such as 'term<TAB>score'"
        case .noEntries(let file):
            return "lexicon '\(file)' has a header but no entries: add term<TAB>score lines below it"
        case .columnCount(let file, let line, let expected, let found):
            return "lexicon '\(file)' line \(line): \(found) tab-separated columns where the header has \(expected); separate term and score with one tab"
        case .notANumber(let file, let line, let column, let value):
            return "lexicon '\(file)' line \(line): \(column) '\(value)' is not a number; write it as a decimal such as -1.5"
        case .scoreOutOfRange(let file, let line, let value):
            return "lexicon '\(file)' line \(line): score \(value) is far outside VADER's -4…4 scale; scale the file's scores onto it"
        }
    }
}
