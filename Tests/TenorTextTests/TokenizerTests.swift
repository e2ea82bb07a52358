import Testing
import TenorText

/// One expected token, written compactly in the tables below.
struct Tok: Equatable, Sendable, CustomStringConvertible {
    var text: String
    var kind: TokenKind
    var shape: CaseShape

    init(_ text: String, _ kind: TokenKind, _ shape: CaseShape = .uncased) {
        self.text = text
        self.kind = kind
        self.shape = shape
    }

    var description: String { "(\(text) \(kind) \(shape))" }
}

private func tokenize(_ input: String) -> [Tok] {
    let bytes = Array(input.utf8)
    return Tokenizer().tokens(in: bytes, range: 0..<bytes.count).map {
        Tok(String(decoding: bytes[$0.range], as: UTF8.self), $0.kind, $0.shape)
    }
}

private let tokenCases: [(String, [Tok])] = [
    ("don't", [Tok("don't", .word, .lower)]),
    ("Lisbon’s", [Tok("Lisbon’s", .word, .capitalized)]),
    ("well-being", [Tok("well-being", .word, .lower)]),
    ("rock'n'roll", [Tok("rock'n'roll", .word, .lower)]),
    ("e-mail’s", [Tok("e-mail’s", .word, .lower)]),
    ("students' books", [Tok("students", .word, .lower), Tok("'", .punctuation), Tok("books", .word, .lower)]),
    ("'tis", [Tok("'", .punctuation), Tok("tis", .word, .lower)]),
    ("1.5", [Tok("1.5", .number)]),
    ("3,000 people", [Tok("3,000", .number), Tok("people", .word, .lower)]),
    ("$3.50", [Tok("$", .symbol), Tok("3.50", .number)]),
    ("-5", [Tok("-", .punctuation), Tok("5", .number)]),
    ("50% off", [Tok("50", .number), Tok("%", .punctuation), Tok("off", .word, .lower)]),
    ("2022-03-03", [Tok("2022", .number), Tok("-", .punctuation), Tok("03", .number),
                    Tok("-", .punctuation), Tok("03", .number)]),
    ("covid19 3D COVID-19 19-year-old", [Tok("covid19", .word, .lower), Tok("3D", .word, .capitalized),
                                         Tok("COVID-19", .word, .allCaps), Tok("19-year-old", .word, .lower)]),
    ("iPhone McDonald", [Tok("iPhone", .word, .mixed), Tok("McDonald", .word, .mixed)]),
    ("I A NASA OK", [Tok("I", .word, .capitalized), Tok("A", .word, .capitalized),
                     Tok("NASA", .word, .allCaps), Tok("OK", .word, .allCaps)]),
    ("snake_case", [Tok("snake_case", .word, .lower)]),
    ("great😀", [Tok("great", .word, .lower), Tok("😀", .symbol)]),
    ("❤️", [Tok("❤️", .symbol)]),
    ("👍🏽👍", [Tok("👍🏽", .symbol), Tok("👍", .symbol)]),
    ("👨‍👩‍👧‍👦", [Tok("👨‍👩‍👧‍👦", .symbol)]),
    ("🏳️‍🌈!", [Tok("🏳️‍🌈", .symbol), Tok("!", .punctuation)]),
    ("🇺🇦🇺🇸", [Tok("🇺🇦", .symbol), Tok("🇺🇸", .symbol)]),
    ("1️⃣2", [Tok("1️⃣", .symbol), Tok("2", .number)]),
    ("‼️", [Tok("‼️", .symbol)]),
    ("Wait...", [Tok("Wait", .word, .capitalized), Tok("...", .punctuation)]),
    ("So…", [Tok("So", .word, .capitalized), Tok("…", .punctuation)]),
    ("Really?! No!!!", [Tok("Really", .word, .capitalized), Tok("?!", .punctuation),
                        Tok("No", .word, .capitalized), Tok("!!!", .punctuation)]),
    ("a—b", [Tok("a", .word, .lower), Tok("—", .punctuation), Tok("b", .word, .lower)]),
    ("(see above.)", [Tok("(", .punctuation), Tok("see", .word, .lower), Tok("above", .word, .lower),
                      Tok(".", .punctuation), Tok(")", .punctuation)]),
    ("“quoted”", [Tok("“", .punctuation), Tok("quoted", .word, .lower), Tok("”", .punctuation)]),
    ("a + b = c", [Tok("a", .word, .lower), Tok("+", .symbol), Tok("b", .word, .lower),
                   Tok("=", .symbol), Tok("c", .word, .lower)]),
    ("AT&T", [Tok("AT", .word, .allCaps), Tok("&", .punctuation), Tok("T", .word, .capitalized)]),
    ("5'10", [Tok("5", .number), Tok("'", .punctuation), Tok("10", .number)]),
    ("v1.2.3 example.com", [Tok("v1.2.3", .word, .lower), Tok("example", .word, .lower),
                            Tok(".", .punctuation), Tok("com", .word, .lower)]),
    ("cafe\u{301} naïve", [Tok("cafe\u{301}", .word, .lower), Tok("naïve", .word, .lower)]),
    ("Ünïcödé ÉCOLE", [Tok("Ünïcödé", .word, .capitalized), Tok("ÉCOLE", .word, .allCaps)]),
    ("Привет, мир!", [Tok("Привет", .word, .capitalized), Tok(",", .punctuation),
                      Tok("мир", .word, .lower), Tok("!", .punctuation)]),
    ("日本語。", [Tok("日", .word), Tok("本", .word), Tok("語", .word), Tok("。", .punctuation)]),
    ("مرحبا", [Tok("مرحبا", .word)]),
    ("x² ©2024", [Tok("x²", .word, .lower), Tok("©", .symbol), Tok("2024", .number)]),
    ("soft\u{AD}hyphen", [Tok("soft\u{AD}hyphen", .word, .lower)]),
    ("a\u{200B}b", [Tok("a", .word, .lower), Tok("b", .word, .lower)]),
    ("___ _x", [Tok("___", .punctuation), Tok("_x", .word, .lower)]),
    ("", []),
    (" \n\t\u{A0}\u{3000} ", []),
]

@Test(arguments: tokenCases)
func tokenizes(_ input: String, _ expected: [Tok]) {
    #expect(tokenize(input) == expected)
}

private let normalizedCases: [(String, String)] = [
    ("Don’t", "don't"),
    ("—", "-"),
    ("LISBON’S", "lisbon's"),
    ("rockʼnʼroll", "rock'n'roll"),
    ("well‐being", "well-being"),
    ("−", "-"),
    ("–", "-"),
    ("ÉCOLE", "école"),
    ("Straße", "straße"),
    ("ПРИВЕТ", "привет"),
    ("3,000", "3,000"),
]

@Test(arguments: normalizedCases)
func normalizedForm(_ input: String, _ expected: String) {
    let bytes = Array(input.utf8)
    let token = Token(range: 0..<bytes.count, kind: .word, shape: .mixed)
    #expect(Tokenizer().normalizedForm(of: token, in: bytes) == expected)
}

@Test func normalizedFormOfTokenInsideLargerBuffer() {
    let bytes = Array("I Don’t know".utf8)
    let tokens = Tokenizer().tokens(in: bytes, range: 0..<bytes.count)
    #expect(tokens.map { Tokenizer().normalizedForm(of: $0, in: bytes) } == ["i", "don't", "know"])
}

@Test func offsetsPointIntoTheOriginalBuffer() {
    let bytes = Array("«ignored» Héllo, wörld! 😀 «also ignored»".utf8)
    let prefix = Array("«ignored» ".utf8).count
    let body = Array("Héllo, wörld! 😀".utf8).count
    let range = prefix..<(prefix + body)
    let tokens = Tokenizer().tokens(in: bytes, range: range)
    #expect(tokens.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Héllo", ",", "wörld", "!", "😀"])
    #expect(tokens.first?.range.lowerBound == prefix)
    #expect(tokens.last?.range.upperBound == range.upperBound)
    #expect(tokens.allSatisfy { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound })
}

@Test func rangeEndStopsAWordAndAJoiner() {
    // The range ends right before the second half of "well-being": no look-ahead past it.
    let bytes = Array("well-being".utf8)
    let tokens = Tokenizer().tokens(in: bytes, range: 0..<5)
    #expect(tokens.map(\.range) == [0..<4, 4..<5])
}

@Test func forEachTokenMatchesTokens() {
    let bytes = TextBytes(Array("He said “don’t”—twice! 👍🏽 It cost $3.50, i.e. 3,000¢.".utf8))
    var seen: [Token] = []
    Tokenizer().forEachToken(in: bytes, range: 0..<bytes.count) { seen.append($0) }
    #expect(seen == Tokenizer().tokens(in: bytes, range: 0..<bytes.count))
    #expect(!seen.isEmpty)
}

@Test func tokensNeverOverlapAndSkipOnlyWhitespace() {
    let text = "Ünïcödé 👨‍👩‍👧 well-being... 3.14 日本語! snake_case 🇺🇦 a\u{301}b ‼️ #1 x"
    let bytes = Array(text.utf8)
    let tokens = Tokenizer().tokens(in: bytes, range: 0..<bytes.count)
    var covered = [Bool](repeating: false, count: bytes.count)
    var previousEnd = 0
    for token in tokens {
        #expect(token.range.lowerBound >= previousEnd)
        #expect(!token.range.isEmpty)
        previousEnd = token.range.upperBound
        for i in token.range { covered[i] = true }
    }
    let uncovered = String(decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
    #expect(uncovered.allSatisfy { $0.isWhitespace })
}
