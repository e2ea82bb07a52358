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
    /// A score that is not a decimal number (`very`, `nan`, the hexadecimal `0x1p3`).
    case notANumber(file: String, line: Int, column: String, value: String)
    /// A decimal score beyond the range of a Double (`1e309`).
    case numberOutOfRange(file: String, line: Int, column: String, value: String)
    /// A score far outside VADER's -4…4 scale (beyond ±``ToneLexicon/largestScore``).
    case scoreOutOfRange(file: String, line: Int, value: Double)
    /// A row whose term is empty.
    case emptyTerm(file: String, line: Int)
    /// A term with upper-case letters: words are looked up lower-cased, so it could never match.
    case upperCaseTerm(file: String, line: Int, term: String)
    /// A file larger than ``ToneLexicon/maximumFileSize`` (bytes).
    case tooLarge(file: String, limit: Int)

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
            return "lexicon '\(file)' line \(line): \(column) '\(value)' is not a number in decimal notation; write it as a decimal such as -1.5"
        case .numberOutOfRange(let file, let line, let column, let value):
            return "lexicon '\(file)' line \(line): \(column) '\(value)' is out of range, too large for any number Tenor holds; scores belong on VADER's -4…4 scale"
        case .scoreOutOfRange(let file, let line, let value):
            return "lexicon '\(file)' line \(line): score \(value) is far outside VADER's -4…4 scale; scale the file's scores onto it"
        case .emptyTerm(let file, let line):
            return "lexicon '\(file)' line \(line): the term is empty; write the word before the tab, or remove the line"
        case .upperCaseTerm(let file, let line, let term):
            return "lexicon '\(file)' line \(line): term '\(term)' has upper-case letters, but words are looked up lower-cased, so it could never match; write it as '\(term.lowercased())'"
        case .tooLarge(let file, let limit):
            return "cannot read lexicon '\(file)': it is larger than \(limit >> 20) MiB, the most Tenor reads of a lexicon; check that it is the right file"
        }
    }
}
