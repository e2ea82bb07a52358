import PropertyBased

/// Random texts mixing what real input mixes: ASCII words (some in the tone lexicons, some in
/// capitals), numbers, punctuation, emoji (with skin tones, flags, joiners), CJK and other
/// scripts, letters with combining marks, and every kind of space and line end, so blank lines
/// (paragraph breaks) come and go.
enum MultiScriptText {
    static let text = Gen.frequency([
        (12, whitespace), (3, Gen.lowercaseLetter.string(of: 1...9).eraseToAny()),
        (2, toneWords), (1, Gen.uppercaseLetter.string(of: 1...6).eraseToAny()),
        (1, Gen.number.string(of: 1...4).eraseToAny()), (2, punctuation), (1, emoji),
        (1, script("\u{4E00}"..."\u{9FFF}")), (1, script("\u{3041}"..."\u{3096}")),
        (1, script("\u{0430}"..."\u{044F}")), (1, script("\u{0627}"..."\u{064A}")), (1, script("\u{0915}"..."\u{0939}")),
        (1, combined),
    ]).array(of: 0...80).map { $0.joined() }

    private static func pick(_ choices: [String]) -> Generator<String, AnySequence<Any>> {
        Gen<String?>.element(of: choices).map { $0! }.eraseToAny()
    }

    /// Whitespace that Python's `str.isspace` and Unicode's White_Space agree on, and line ends
    /// of all three kinds, alone and making blank lines.
    static let whitespace = pick([
        " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\n \t\n", "\r\n", "\r\n\r\n", "\r", "\r\r",
        "\u{A0}", "\u{3000}", "\u{2003}", "\u{0B}", "\u{0C}",
    ])
    static let toneWords = pick([
        "good", "great", "love", "happy", "bad", "terrible", "hate", "not", "never", "very", "but", "no",
        "ok", "LOVE", "GREAT", ":)", ":(", "<3", "don't", "isn't", "kind of", "the bomb",
    ])
    static let punctuation = pick([".", ",", "!", "?", "...", "!!!", "?!", "—", "-", "'", "’", "\"", "(", ")", ";", ":", "&amp;", "#", "@"])
    static let emoji = pick(["😀", "😡", "😍", "👍🏽", "❤️", "❤", "🇫🇷", "👨‍👩‍👧", "🙂", "💔"])

    /// A run of 1 to 5 letters of one script.
    private static func script(_ range: ClosedRange<Character>) -> Generator<String, AnySequence<Any>> {
        Gen.character(in: range).string(of: 1...5).eraseToAny()
    }

    /// A Latin letter with one or two combining marks.
    static let combined = zip(Gen.lowercaseLetter, Gen.character(in: "\u{0300}"..."\u{036F}").string(of: 1...2))
        .map { String($0) + $1 }.eraseToAny()
}
