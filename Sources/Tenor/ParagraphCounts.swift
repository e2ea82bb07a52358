/// What `tenor report` needs of a paragraph's text (not its terms): its counts and its opening.
struct ParagraphCounts: Sendable {
    var counts: TextCounts
    var openingWords: String

    init(_ range: Range<Int>, of document: Document, openingWordCount: Int) {
        counts = TextCounts(range, in: document.text)
        openingWords = Self.opening(range, of: document, words: openingWordCount)
    }

    /// The whole paragraph when it has at most `words` words; otherwise its first `words` words
    /// and an ellipsis. Only the start of the paragraph is tokenized, unless its words are long.
    static func opening(_ range: Range<Int>, of document: Document, words: Int) -> String {
        var prefixLength = 64 * (words + 1)
        while true {
            let prefix = range.lowerBound..<min(range.upperBound, range.lowerBound + prefixLength)
            var seen = 0
            var end = range.lowerBound
            Tokenizer().forEachToken(in: document.text, range: prefix) { token in
                guard token.kind == .word || token.kind == .number else { return }
                seen += 1
                if seen <= words { end = token.range.upperBound }
            }
            // A word cut by the prefix's end can only be the last one seen: with more than
            // `words` words seen, the first `words` are whole.
            if seen > words { return document.string(range.lowerBound..<end) + "…" }
            if prefix.upperBound == range.upperBound { return document.string(range) }
            prefixLength *= 4
        }
    }
}
