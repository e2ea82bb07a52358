/// Why text could not become a ``Document``.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not UTF-8 from `offset` (on 1-based `line`); `encoding` names the other
    /// encoding whose byte-order mark they start with, if any (`UTF-16 LE`, …).
    case notUTF8(document: String, line: Int, offset: Int, encoding: String?)
    /// The file could not be opened or read; `reason` is the system's.
    case unreadable(path: String, reason: String)
    /// The file holds more than `limit` bytes.
    case tooLarge(path: String, limit: Int)

    public var description: String {
        switch self {
        case .notUTF8(let document, _, _, let encoding?):
            "'\(document)' is not UTF-8: it starts with the byte-order mark of \(encoding) text; convert it to UTF-8"
        case .notUTF8(let document, let line, let offset, nil):
            "'\(document)' is not valid UTF-8 at line \(line), byte offset \(offset): convert it to UTF-8, or read it lossily"
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .tooLarge(let path, let limit):
            "'\(path)' holds more than \(limit) bytes: split it into smaller files"
        }
    }
}
