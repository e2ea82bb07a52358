import TenorSupport
/// Splits UTF-8 text into words, numbers, punctuation and symbols.
///
/// Whitespace separates tokens and is never a token itself. Stray invisible format
/// characters (zero-width joiner outside emoji, byte-order mark, …) are skipped too.
///
/// Decisions, so callers know what to expect:
/// - Words keep *inner* apostrophes (`'`, `’`, `ʼ`) when a letter or digit precedes and
///   a letter follows (`don't`, `Lisbon’s`, `rock'n'roll`, `90's`). A trailing
///   apostrophe (`students'`) is a separate punctuation token.
/// - Words keep *inner* hyphens (`-`, `‐`, `‑`) between letters/digits unless both
///   neighbours are digits: `well-being`, `covid-19`, `19-year-old` are one word, but
///   `2022-03-03` is `2022` `-` `03` `-` `03`.
/// - Underscore is part of a word (`snake_case`); a run of underscores alone is punctuation.
/// - Numbers keep `.` and `,` between digits (`1.5`, `3,000`, `1,2,3`); a sign or a
///   currency sign is a separate token (`$` is a symbol), `%` is punctuation (Unicode Po).
///   A `.` between digits also stays inside a word, so `v1.2.3` is one word.
/// - Each Han ideograph is its own word, because CJK text has no spaces; other
///   scripts without case (kana, Thai, Arabic) form runs like Latin does.
/// - Punctuation: one token per character, except runs of the same character
///   (`...`, `--`, `!!!`) and mixed runs of `!` and `?` (`?!`), which are one token.
///   `…` is one token.
/// - Symbols: one token per emoji grapheme cluster (variation selectors, skin tones,
///   keycaps, tag sequences, ZWJ sequences, regional-indicator pairs); any other
///   symbol is one token per scalar (plus attached marks). An emoji glued to a word
///   (`great😀`) is its own token.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer. It holds no state, so one instance can be shared freely.
    public init() {}

    /// All tokens of `text[range]`, in order, with ranges into `text`.
    public func tokens(in text: [UInt8], range: Range<Int>) -> [Token] {
        tokens(in: TextBytes(text), range: range)
    }

    /// All tokens of `text[range]`, in order, with ranges into `text`.
    public func tokens(in text: TextBytes, range: Range<Int>) -> [Token] {
        var result: [Token] = []
        // Roughly one token per five bytes of prose; avoids most regrowth.
        result.reserveCapacity(range.count / 5 + 1)
        appendTokens(in: text, range: range, to: &result)
        return result
    }

    /// Appends the tokens of `text[range]` to `result`: for a caller that reuses one array for
    /// paragraph after paragraph instead of allocating one each time.
    public func appendTokens(in text: TextBytes, range: Range<Int>, to result: inout [Token]) {
        // Tokens are gathered on the stack (32 of them, 768 bytes: more would be allocated on
        // the heap) and appended in batches: an append of each token would check the array's
        // uniqueness and capacity every time.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: 32) { batch in
            var count = 0
            forEachToken(in: text, range: range) { token in
                if count == batch.count {
                    result.append(contentsOf: batch)
                    count = 0
                }
                (batch.baseAddress! + count).initialize(to: token)
                count += 1
            }
            result.append(contentsOf: batch[..<count])
        }
    }

    /// Calls `body` for each token of `text[range]`, in order, without allocating.
    public func forEachToken(in text: TextBytes, range: Range<Int>, _ body: (Token) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "range outside text")
        text.withUnsafeBufferPointer { bytes in
            asciiClassTable.withUnsafeBufferPointer { table in
                let scanner = Scanner(bytes: bytes, table: table, end: range.upperBound)
                scanner.run(from: range.lowerBound, body)
            }
        }
    }

    /// The form of `token` used for matching against lexicons and stop-word lists:
    /// lower-cased, with curly apostrophes and primes (`’ ‘ ʼ ′`) turned into `'` and
    /// dashes (`‐ ‑ ‒ – — ―` and minus `−`) turned into `-`.
    public func normalizedForm(of token: Token, in text: [UInt8]) -> String {
        normalizedForm(of: token, in: TextBytes(text))
    }

    /// ``normalizedForm(of:in:)`` of a token of a document's text.
    public func normalizedForm(of token: Token, in text: TextBytes) -> String {
        text.withUnsafeBufferPointer { normalizedForm(of: token, in: $0) }
    }

    func normalizedForm(of token: Token, in text: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        appendNormalizedForm(of: token, in: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of ``normalizedForm(of:in:)`` to `out`, without making a `String`.
    public func appendNormalizedForm(of token: Token, in text: TextBytes, to out: inout [UInt8]) {
        text.withUnsafeBufferPointer { appendNormalizedForm(of: token, in: $0, to: &out) }
    }

    package func appendNormalizedForm(of token: Token, in text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + token.range.count)
        var i = token.range.lowerBound
        let end = token.range.upperBound
        while i < end {
            let byte = text[i]
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                i += 1
                continue
            }
            let (value, length) = Tokenizer.decode(text, at: i, end: end)
            i += length
            switch value {
            case 0x2019, 0x2018, 0x02BC, 0x2032:
                out.append(UInt8(ascii: "'"))
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                out.append(UInt8(ascii: "-"))
            default:
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if scalar.properties.changesWhenLowercased {
                    for lowered in Lowercasing.lowercased(scalar, in: text, at: i - length, width: length, range: token.range) {
                        out.append(contentsOf: UTF8.encode(lowered)!)
                    }
                } else {
                    out.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
    }
}

// MARK: - Shared helpers (also used by SentenceSplitter)

extension Tokenizer {
    /// Decodes the scalar starting at `i` of already-validated UTF-8 (see ``UTF8Scanner``).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int) {
        let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: i, limit: end)!
        return (scalar.value, length)
    }

    /// Length of the whitespace (or ignorable control) character at `i`, or 0 if the
    /// character there is not whitespace.
    static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let byte = text[i]
        if byte < 0x80 { return asciiClassTable[Int(byte)] == .space ? 1 : 0 }
        let (value, length) = decode(text, at: i, end: end)
        return CharClass.of(value) == .space ? length : 0
    }

    /// Whether the first character of `token` is a lower-case letter.
    static func startsLowercase(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        let (value, _) = decode(text, at: token.range.lowerBound, end: token.range.upperBound)
        return CharClass.of(value) == .lower
    }

    /// Whether the first character of `token` is an upper- or title-case letter.
    static func startsUppercase(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        let (value, _) = decode(text, at: token.range.lowerBound, end: token.range.upperBound)
        return CharClass.of(value) == .upper
    }
}

// MARK: - Character classes

/// The classes the scanner distinguishes. Raw values keep the ASCII table compact.
enum CharClass: UInt8, Sendable {
    case space, upper, lower, uncasedLetter, ideograph, digit, underscore, mark
    case apostrophe, hyphen, numberSeparator, formatControl, punctuation, symbol, regionalIndicator

    var isLetter: Bool { self == .upper || self == .lower || self == .uncasedLetter }
    var isLetterOrDigit: Bool { isLetter || self == .digit }

    /// Class of a non-ASCII scalar (ASCII goes through `asciiClassTable`).
    static func of(_ value: UInt32) -> CharClass {
        if value < 0x80 { return asciiClassTable[Int(value)] }
        switch value {
        case 0x2019, 0x02BC: return .apostrophe  // ʼ is a letter (Lm) but used as an apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x200B: return .space  // zero-width space marks a word break, unlike other Cf
        case 0x1F1E6...0x1F1FF: return .regionalIndicator
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upper
        case .lowercaseLetter: return .lower
        case .modifierLetter, .otherLetter: return properties.isIdeographic ? .ideograph : .uncasedLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber, .letterNumber, .otherNumber: return .digit
        case .connectorPunctuation: return .underscore
        case .format: return .formatControl
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return .space
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return .punctuation
        default: return .symbol  // Sm Sc Sk So, private use, unassigned
        }
    }
}

/// Class of every ASCII byte, looked up once per byte on the fast path.
let asciiClassTable: [CharClass] = (0..<128).map { (byte: Int) -> CharClass in
    switch UInt8(byte) {
    case 0x00...0x20, 0x7F: return .space  // controls are treated like whitespace
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return .lower
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case UInt8(ascii: "_"): return .underscore
    case UInt8(ascii: "'"): return .apostrophe
    case UInt8(ascii: "-"): return .hyphen
    case UInt8(ascii: "."), UInt8(ascii: ","): return .numberSeparator
    case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
         UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"),
         UInt8(ascii: "~"):
        return .symbol  // Sc, Sm, Sk in Unicode
    default: return .punctuation
    }
}

// MARK: - Scanner

/// One pass over a byte range; a value type so the hot loop works on raw pointers.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let table: UnsafeBufferPointer<CharClass>
    let end: Int

    @inline(__always)
    func classify(_ i: Int) -> (CharClass, Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (table[Int(byte)], 1) }
        let (value, length) = Tokenizer.decode(bytes, at: i, end: end)
        return (CharClass.of(value), length)
    }

    /// Class at `i`, or `.space` past the end (so look-ahead never joins across it).
    @inline(__always)
    func classAt(_ i: Int) -> CharClass {
        i < end ? classify(i).0 : .space
    }

    @inline(__always)
    func scalar(_ i: Int) -> (value: UInt32, length: Int) {
        Tokenizer.decode(bytes, at: i, end: end)
    }

    func run(from start: Int, _ body: (Token) -> Void) {
        var i = start
        while i < end {
            // The commonest bytes between and at the start of tokens, a space and a lower-case
            // letter, skip the class switch (an indirect jump the processor often mispredicts).
            let byte = bytes[i]
            if byte == 0x20 {
                i += 1
                continue
            }
            if byte &- 0x61 < 26 {
                i = scanWord(from: i, body)
                continue
            }
            let (cls, length) = classify(i)
            switch cls {
            case .space, .formatControl:
                i += length
            case .upper, .lower, .uncasedLetter, .digit, .underscore, .mark:
                if cls == .digit, length == 1, let keycapEnd = keycapEnd(after: i + 1) {
                    body(Token(range: i..<keycapEnd, kind: .symbol, shape: .uncased))
                    i = keycapEnd
                } else {
                    i = scanWord(from: i, body)
                }
            case .ideograph:
                let stop = skipMarks(from: i + length)
                body(Token(range: i..<stop, kind: .word, shape: .uncased))
                i = stop
            case .symbol, .regionalIndicator:
                let stop = scanSymbol(from: i, length: length, isRegional: cls == .regionalIndicator)
                body(Token(range: i..<stop, kind: .symbol, shape: .uncased))
                i = stop
            case .apostrophe, .hyphen, .numberSeparator, .punctuation:
                i = scanPunctuation(from: i, length: length, body)
            }
        }
    }

    /// A word or number: letters, digits, underscores and marks, with inner joiners.
    private func scanWord(from start: Int, _ body: (Token) -> Void) -> Int {
        var j = start
        var hasLetter = false, hasDigit = false
        var upper = 0, lower = 0
        var firstCasedIsUpper = false
        // The last base character consumed, for deciding whether a joiner is "inner".
        var previous = CharClass.space
        loop: while j < end {
            // A run of ASCII lower-case letters, the bulk of most words, is taken in one go.
            let run = LowerCaseLetters.runEnd(in: bytes, from: j, end: end)
            if run > j {
                lower += run - j; hasLetter = true; previous = .lower
                j = run
                continue
            }
            let (cls, length) = classify(j)
            switch cls {
            case .upper:
                if upper + lower == 0 { firstCasedIsUpper = true }
                upper += 1; hasLetter = true; previous = .upper
            case .lower:
                lower += 1; hasLetter = true; previous = .lower
            case .uncasedLetter:
                hasLetter = true; previous = .uncasedLetter
            case .digit:
                hasDigit = true; previous = .digit
            case .underscore:
                previous = .underscore
            case .mark:
                break  // attaches to whatever precedes it
            case .apostrophe:
                guard previous.isLetterOrDigit, classAt(j + length).isLetter else { break loop }
                previous = .apostrophe
            case .hyphen:
                let next = classAt(j + length)
                guard previous.isLetterOrDigit, next.isLetterOrDigit,
                      !(previous == .digit && next == .digit) else { break loop }
                previous = .hyphen
            case .numberSeparator:
                guard previous == .digit, classAt(j + length) == .digit else { break loop }
                previous = .numberSeparator
            case .formatControl:
                // Soft hyphen, ZWNJ and friends live inside words; elsewhere they are skipped.
                let next = classAt(j + length)
                guard previous != .space, next.isLetterOrDigit || next == .mark else { break loop }
            default:
                break loop
            }
            j += length
        }
        let kind: TokenKind
        let shape: CaseShape
        if hasLetter {
            kind = .word
            if upper + lower == 0 { shape = .uncased }
            else if upper == 0 { shape = .lower }
            else if lower == 0 { shape = upper >= 2 ? .allCaps : .capitalized }
            else if firstCasedIsUpper && upper == 1 { shape = .capitalized }
            else { shape = .mixed }
        } else if hasDigit {
            kind = .number; shape = .uncased
        } else {
            // Only underscores and/or stray combining marks.
            kind = bytes[start] == UInt8(ascii: "_") ? .punctuation : .symbol
            shape = .uncased
        }
        body(Token(range: start..<j, kind: kind, shape: shape))
        return j
    }

    /// Punctuation: runs of one character are one token, as are mixed runs of `!`/`?`.
    private func scanPunctuation(from start: Int, length: Int, _ body: (Token) -> Void) -> Int {
        let first = bytes[start]
        if length == 1 {
            if first == UInt8(ascii: "#") || first == UInt8(ascii: "*"), let keycapEnd = keycapEnd(after: start + 1) {
                body(Token(range: start..<keycapEnd, kind: .symbol, shape: .uncased))
                return keycapEnd
            }
            var j = start + 1
            let isBang = first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
            while j < end {
                let b = bytes[j]
                if b == first || (isBang && (b == UInt8(ascii: "!") || b == UInt8(ascii: "?"))) { j += 1 } else { break }
            }
            body(Token(range: start..<j, kind: .punctuation, shape: .uncased))
            return j
        }
        // Emoji-capable punctuation such as ‼ becomes an emoji when VS16 follows.
        if hasVariationSelector16(at: start + length) {
            let stop = scanSymbol(from: start, length: length, isRegional: false)
            body(Token(range: start..<stop, kind: .symbol, shape: .uncased))
            return stop
        }
        var j = start + length
        while j + length <= end, sameBytes(start, j, length) { j += length }
        body(Token(range: start..<j, kind: .punctuation, shape: .uncased))
        return j
    }

    /// End of a symbol or emoji cluster starting at `start`.
    private func scanSymbol(from start: Int, length: Int, isRegional: Bool) -> Int {
        var j = start + length
        if isRegional, j < end, classify(j).0 == .regionalIndicator {
            j += 4  // a flag is exactly two regional indicators
        }
        while j < end {
            let (value, len) = scalar(j)
            switch value {
            case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
                j += len  // variation selectors, skin tones, tag characters
            case 0x200D:
                // ZWJ continues the cluster only when another symbol follows it.
                guard j + len < end else { return j }
                let (nextClass, nextLength) = classify(j + len)
                guard nextClass == .symbol, bytes[j + len] >= 0x80 else { return j }
                j += len + nextLength
            default:
                guard bytes[j] >= 0x80, CharClass.of(value) == .mark else { return j }
                j += len  // e.g. combining enclosing keycap
            }
        }
        return j
    }

    /// If a keycap sequence (optional U+FE0F, then U+20E3) starts at `i`, its end.
    private func keycapEnd(after i: Int) -> Int? {
        var j = i
        if hasVariationSelector16(at: j) { j += 3 }
        if j + 3 <= end, bytes[j] == 0xE2, bytes[j + 1] == 0x83, bytes[j + 2] == 0xA3 { return j + 3 }
        return nil
    }

    private func hasVariationSelector16(at j: Int) -> Bool {
        j + 3 <= end && bytes[j] == 0xEF && bytes[j + 1] == 0xB8 && bytes[j + 2] == 0x8F
    }

    private func skipMarks(from i: Int) -> Int {
        var j = i
        while j < end {
            let (cls, length) = classify(j)
            guard cls == .mark else { break }
            j += length
        }
        return j
    }

    private func sameBytes(_ a: Int, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
        return true
    }
}
