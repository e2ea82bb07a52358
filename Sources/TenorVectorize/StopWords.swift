/// A set of terms to leave out when counting.
public struct StopWords: Sendable, Equatable {
    /// The words, in the form tokens are matched in (lower-cased when the vectorizer lower-cases).
    public let words: Set<String>

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
    }

    /// Parses the `Lexicons/` word-list format: `#` comment lines, then one word a line.
    public init(listing text: String) {
        self.init(text.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// scikit-learn's English list (318 words), embedded from `Lexicons/english-stop-words.txt`.
    public static let english = StopWords(listing: EmbeddedLexicons.englishStopWords)

    func contains(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains(String(decoding: term, as: UTF8.self))
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
