/// What kind of text a ``Token`` covers.
public enum TokenKind: Sendable, Equatable {
    /// Letters (with attached combining marks), possibly mixed with digits and
    /// underscores, with inner apostrophes and hyphens: `don't`, `well-being`, `covid19`.
    case word
    /// Digits only, with `.` or `,` between digits: `3`, `1.5`, `3,000`. No sign.
    case number
    /// A punctuation character, or a run of the same one (`...`, `--`), or a mixed
    /// run of `!` and `?` (`?!`).
    case punctuation
    /// Emoji (one extended grapheme cluster: `❤️`, `👍🏽`, flags, ZWJ sequences) and
    /// other symbols: currency, math, modifier and other symbols (`$`, `+`, `©`, `°`).
    case symbol
}

/// The capitalisation pattern of a token.
public enum CaseShape: Sendable, Equatable {
    /// Every cased letter is lower case: `word`, `don't`.
    case lower
    /// The first cased letter is upper case and it is the only one:
    /// `Word`, and also the single letters `I` and `A`, and `3D`.
    case capitalized
    /// At least two cased letters, all upper case: `NASA`, `OK`.
    case allCaps
    /// Any other mix: `iPhone`, `McDonald`, `Well-Being`.
    case mixed
    /// No cased letters at all: numbers, punctuation, symbols, CJK, Arabic.
    case uncased
}

/// One token of a UTF-8 text: a byte range into the original buffer, plus what it is.
public struct Token: Sendable, Equatable {
    /// Byte offsets into the buffer the token was read from (not into a slice of it).
    public var range: Range<Int>
    /// What the token is.
    public var kind: TokenKind
    /// Its capitalisation; always ``CaseShape/uncased`` for non-words.
    public var shape: CaseShape

    /// Creates a token covering `range` of some UTF-8 buffer.
    public init(range: Range<Int>, kind: TokenKind, shape: CaseShape) {
        self.range = range
        self.kind = kind
        self.shape = shape
    }
}
