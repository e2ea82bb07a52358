/// Why a file of fitted counts, vocabulary or idf (written by `tenor vectorize`) cannot be used;
/// the caller names the file.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    /// The file holds nothing.
    case empty(expected: String)
    /// A line (1-based) is malformed.
    case badLine(Int, String)
    /// The vocabulary and the idf have different numbers of lines.
    case lengthsDiffer(vocabulary: Int, idf: Int)

    public var description: String {
        switch self {
        case .empty(let expected): "is empty: expected \(expected)"
        case .badLine(let line, let problem): "line \(line): \(problem)"
        case .lengthsDiffer(let vocabulary, let idf):
            "holds \(idf) idf values for a vocabulary of \(vocabulary) terms: use the vocabulary and idf written by the same fit"
        }
    }
}

/// The lines of a model file: split at LF, a CR before it dropped (a file saved with CR LF
/// endings reads the same), the last line's ending optional.
///
/// Split as UTF-8, not as characters: CR LF is one `Character`, which `"\n"` never equals, and
/// splitting the bytes is several times faster on the million-line files of a large fit.
func modelFileLines(_ text: String) -> [Substring] {
    var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
        Substring(line.last == 0x0D ? line.dropLast() : line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
}
