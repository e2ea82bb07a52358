/// A set of terms to leave out when counting.
public struct StopWords: Sendable, Equatable {
    /// The words, in the form tokens are matched in (lower-cased when the vectorizer lower-cases).
    public let words: Set<String>

    /// The same words as UTF-8, matched byte for byte like every term (two spellings that
    /// Unicode calls equivalent are still different terms, as in scikit-learn).
    private let utf8: Set<[UInt8]>

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
        self.utf8 = Set(self.words.map { Array($0.utf8) })
    }

    /// Parses the `Lexicons/` word-list format: `#` comment lines, then one word a line.
    public init(listing text: String) {
        self.init(text.split(whereSeparator: \.isNewline).lazy
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// scikit-learn's English list (318 words), embedded from `Lexicons/english-stop-words.txt`.
    public static let english = StopWords(listing: EmbeddedLexicons.englishStopWords)

    func contains(_ term: [UInt8]) -> Bool {
        utf8.contains(term)
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
