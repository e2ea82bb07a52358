import Tenor

/// A paragraph's text cut into runs, the words that moved its tone marked where they stand.
///
/// The scorer names each word as it read it; the word is looked for in the paragraph from where
/// the previous one ended. A word the scorer read from changed text (an emoji it described in
/// words, `&amp;` decoded, a curly apostrophe made straight) may not be found: it is listed
/// after the text instead, so that every contribution is on the page.
struct ToneHighlight {
    struct Segment: Sendable {
        let text: String
        let mark: WordMark?
    }

    let segments: [Segment]
    /// The words not found in the text, in order.
    let unplaced: [WordMark]

    init(text: Slice<TextBytes>, words: [WordContribution]) {
        var segments: [Segment] = []
        var unplaced: [WordMark] = []
        var cursor = text.startIndex
        func plain(_ range: Range<Int>) {
            if !range.isEmpty { segments.append(Segment(text: String(decoding: text[range], as: UTF8.self).displayable, mark: nil)) }
        }
        for word in words {
            guard let found = Self.find(word.word, in: text, from: cursor) else {
                unplaced.append(WordMark(word))
                continue
            }
            plain(cursor..<found.lowerBound)
            segments.append(Segment(text: String(decoding: text[found], as: UTF8.self).displayable, mark: WordMark(word)))
            cursor = found.upperBound
        }
        plain(cursor..<text.endIndex)
        self.segments = segments
        self.unplaced = unplaced
    }

    /// Where `word` next stands in `text` at or after `start`, as written or with its straight
    /// apostrophes curly (as the scorer straightened them).
    private static func find(_ word: String, in text: Slice<TextBytes>, from start: Int) -> Range<Int>? {
        let spellings = [Array(word.utf8), Array(word.replacingApostrophes.utf8)]
        for spelling in spellings where !spelling.isEmpty && text.endIndex - start >= spelling.count {
            for position in start...(text.endIndex - spelling.count)
            where text[position] == spelling[0] && text[position..<(position + spelling.count)].elementsEqual(spelling) {
                return position..<(position + spelling.count)
            }
        }
        return nil
    }
}

private extension String {
    var replacingApostrophes: String {
        String(map { $0 == "'" ? "\u{2019}" : $0 })
    }
}
