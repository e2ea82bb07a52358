/// The counts of one paragraph that need the text itself (not the term matrix).
struct ParagraphCounts: Sendable {
    var words = 0
    var sentences = 0
    var characters = 0
    var openingWords = ""

    /// Words are word and number tokens; characters are grapheme clusters.
    init(_ range: Range<Int>, of document: Document, openingWordCount: Int) {
        let tokenizer = Tokenizer()
        var openingEnd = range.lowerBound
        tokenizer.forEachToken(in: document.text, range: range) { token in
            guard token.kind == .word || token.kind == .number else { return }
            words += 1
            if words <= openingWordCount { openingEnd = token.range.upperBound }
        }
        sentences = SentenceSplitter().sentences(in: document.text, range: range).count
        characters = document.string(range).count
        // The whole paragraph when it is short; otherwise its first words and an ellipsis.
        openingWords = words <= openingWordCount
            ? document.string(range)
            : document.string(range.lowerBound..<openingEnd) + "…"
    }
}
