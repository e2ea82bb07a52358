import TenorSupport

extension Document {
    /// The largest file ``init(contentsOfFile:lossy:splitting:)`` reads: 4 GiB.
    public static let maximumFileSize = 4 << 30

    /// A document of a Swift string (always valid UTF-8).
    ///
    ///     let article = Document(name: "article", string: "First paragraph.\n\nSecond one.")
    ///     article.paragraphs.count // 2
    public init(name: String, string: String, splitting: ParagraphSplitting = .paragraphs) {
        self.init(name: name, text: Array(string.utf8), splitting: splitting)
    }

    /// A document of raw bytes, checked to be UTF-8 (a leading byte-order mark is dropped).
    ///
    /// - Parameter lossy: replace each invalid sequence with U+FFFD instead of failing.
    /// - Throws: ``DocumentError/notUTF8(document:line:offset:encoding:)``.
    public init(name: String, bytes: [UInt8], lossy: Bool = false, splitting: ParagraphSplitting = .paragraphs) throws(DocumentError) {
        if let document = Document(name: name, checking: TextBytes(bytes), splitting: splitting) {
            self = document
            return
        }
        let text: [UInt8]
        do {
            text = try TextDecoding.utf8(bytes, lossy: lossy)
        } catch {
            throw .notUTF8(document: name, line: ParagraphSplitting.lineNumber(ofOffset: error.offset, in: bytes),
                           offset: error.offset, encoding: TextDecoding.byteOrderMarkEncoding(of: bytes))
        }
        self.init(name: name, text: text, splitting: splitting)
    }

    /// The document of a UTF-8 text file, named by its path.
    ///
    /// - Throws: ``DocumentError`` when the file cannot be read, holds more than
    ///   ``maximumFileSize`` bytes, or is not UTF-8.
    public init(contentsOfFile path: String, lossy: Bool = false, splitting: ParagraphSplitting = .paragraphs) throws(DocumentError) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: Self.maximumFileSize)
        } catch .unreadable(let reason, _) {
            throw .unreadable(path: path, reason: reason)
        } catch {
            throw .tooLarge(path: path, limit: Self.maximumFileSize)
        }
        try self.init(name: path, bytes: bytes, lossy: lossy, splitting: splitting)
    }
}
