/// One text: a validated UTF-8 buffer and the ranges of its paragraphs.
///
/// Everything downstream (sentences, tokens, term matrices) refers to byte ranges in ``text``,
/// so nothing is copied per paragraph or per token.
public struct Document: Sendable {
    /// Where the text came from, as the user named it (a path, or `-` for standard input).
    public let name: String
    /// The UTF-8 text, without a byte-order mark.
    public let text: TextBytes
    /// The byte ranges of the paragraphs (or lines), trimmed and non-empty, in order.
    public let paragraphs: [Range<Int>]

    /// Splits `text`, which the caller has validated as UTF-8 (``TextDecoding/utf8(_:lossy:)``),
    /// into units. Library users start from a `String`, from bytes or from a file instead
    /// (``init(name:string:splitting:)``, ``init(name:bytes:lossy:splitting:)``,
    /// ``init(contentsOfFile:lossy:splitting:)``), which cannot hold invalid UTF-8.
    package init(name: String, text: [UInt8], splitting: ParagraphSplitting = .paragraphs) {
        self.init(name: name, text: TextBytes(text), units: splitting.units(of: text))
    }

    /// A document of `text` with `units` already found.
    init(name: String, text: TextBytes, units: [Range<Int>]) {
        self.name = name
        self.text = text
        self.paragraphs = units
    }

    /// The text of a byte range as a `String`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }
}
