import Tenor

/// A deterministic stand-in for `small.txt` when the shared corpora are absent: English-like
/// paragraphs of about the same count and length (~3,000 paragraphs, ~65 words each).
enum SyntheticCorpus {
    /// Common words, most frequent first; drawn with a skew so that, as in prose, a few words
    /// (many of them stop words) make up most of the text. Apostrophes, hyphens, digits and
    /// capitals exercise the tokenizer's other paths.
    private static let words = """
        the of and to a in that it was her his he she i not be as had with for you but is at on \
        my have by all they which were so from this him me said no would there or one an been \
        what very could their them when mr more will if mrs must such much any do did should \
        miss we time who may elizabeth anne little say know man think never own good lady \
        before well only great some other than can then after sister how every nothing family \
        letter mother indeed soon room made house first day two might being father long \
        however friend feelings always sure again ever both manner thought quite its whole \
        heard moment morning evening town London Bath captain sir dear young colonel present \
        it's don't couldn't isn't she'd well-known self-respect twenty-one 1811 3rd £10,000
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Syllables for invented words: the long tail that gives the vocabulary a realistic size.
    private static let syllables = ["ber", "cal", "den", "fro", "gan", "hol", "ith", "lor", "mis", "ne", "por", "quen", "ros", "tal", "ver", "wick"]

    static func text(paragraphs: Int) -> [UInt8] {
        var random = SplitMix64(seed: 0x7E40_2025)
        var text = ""
        for paragraph in 0..<paragraphs {
            if paragraph > 0 { text += "\n\n" }
            for sentence in 0..<random.next(in: 1...6) {
                if sentence > 0 { text += " " }
                for position in 0..<random.next(in: 6...32) {
                    var word = random.next(in: 0...19) == 0 ? invented(&random) : common(&random)
                    if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
                    else { text += random.next(in: 0...11) == 0 ? ", " : " " }
                    text += word
                }
                text += [".", ".", ".", "?", "!", ".\u{201D}"][random.next(in: 0...5)]
            }
        }
        text += "\n"
        return Array(text.utf8)
    }

    private static func common(_ random: inout SplitMix64) -> String {
        // Cubing a uniform draw favours the start of the list (roughly Zipf-like).
        let u = Double(random.next(in: 0...1_000_000)) / 1_000_000
        return words[min(words.count - 1, Int(u * u * u * Double(words.count)))]
    }

    private static func invented(_ random: inout SplitMix64) -> String {
        (0..<random.next(in: 2...3)).map { _ in syllables[random.next(in: 0...(syllables.count - 1))] }.joined()
    }
}

extension SplitMix64 {
    /// A value in `range`; the modulo bias is irrelevant for a benchmark corpus.
    mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
