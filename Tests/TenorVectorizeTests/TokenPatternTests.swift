import Testing
@testable import TenorVectorize

/// Expected tokens from Python 3.11: `re.findall(r"(?u)\b\w\w+\b", text.lower())`, which is what
/// scikit-learn's default analyzer does.
@Suite struct TokenPatternTests {
    static let cases: [(String, [String])] = [
        ("Don't stop the well-being of Lisbon’s 1.5 million residents!",
         ["don", "stop", "the", "well", "being", "of", "lisbon", "million", "residents"]),
        ("snake_case and CamelCase, x y z, a1 b2", ["snake_case", "and", "camelcase", "a1", "b2"]),
        ("İstanbul ÉCOLE Straße naïve café", ["stanbul", "école", "straße", "naïve", "café"]),
        ("ΟΔΥΣΣΕΥΣ ΣΑΣ Σ σΣ", ["οδυσσευς", "σας", "σς"]),
        ("numbers ² ³ ½ 12 3,000 ٣٤", ["numbers", "12", "000", "٣٤"]),
        ("emoji😀glued and ❤️ hearts", ["emoji", "glued", "and", "hearts"]),
        ("e\u{301}cole decomposed", ["cole", "decomposed"]),
        ("日本語のテキスト 中文", ["日本語のテキスト", "中文"]),
        ("tabs\tand\nnewlines—dashes–here", ["tabs", "and", "newlines", "dashes", "here"]),
        ("ǅemal titlecase ǈ", ["ǆemal", "titlecase"]),
        // ASCII and non-ASCII runs mixed in one paragraph, tokens across eight-byte groups.
        ("The naïve café’s ÉCOLE_42 reopened—twice, in Zürich; İSTANBUL and ΣΟΦΟΣ followed.",
         ["the", "naïve", "café", "école_42", "reopened", "twice", "in", "zürich", "stanbul", "and", "σοφος", "followed"]),
        ("aaaaaaaé bbbbbbbbbbbbbbbé’cc dd—ee ÀÀ x", ["aaaaaaaé", "bbbbbbbbbbbbbbbé", "cc", "dd", "ee", "àà"]),
    ]

    /// The tokens `SklearnTokenScanner` finds in `text`.
    static func tokens(of text: String, lowercase: Bool = true) -> [String] {
        var scanner = SklearnTokenScanner(lowercase: lowercase)
        var terms = ScannedTerms()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { scanner.scan($0, range: 0..<bytes.count, into: &terms) }
        return (0..<terms.count).map { String(decoding: terms.term($0), as: UTF8.self) }
    }

    @Test(arguments: cases)
    func tokensMatchPython(text: String, expected: [String]) {
        #expect(Self.tokens(of: text) == expected)
    }

    @Test func caseIsKeptWhenNotLowercasing() {
        #expect(Self.tokens(of: "Hello ÉCOLE", lowercase: false) == ["Hello", "ÉCOLE"])
        #expect(Self.tokens(of: "Hello WORLD_2 x", lowercase: false) == ["Hello", "WORLD_2"])
    }

    /// The eight-bytes-at-a-time ASCII path against a plain reading of the rule (maximal runs of
    /// `[0-9A-Za-z_]`, two or more long, lower-cased), on seeded random ASCII of every length
    /// up to 200, so that tokens meet the eight- and 64-byte boundaries in every position.
    /// Appending " é" (a lone letter, no token) sends the same text down the scalar path,
    /// which must agree too.
    @Test func asciiPathAgreesWithThePlainRule() {
        let alphabet = Array("aZ_09 .,'-\t\nQq".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for length in 0...200 {
            let bytes = (0..<length).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int(state >> 33) % alphabet.count]
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let expected = text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) })
                .filter { $0.count >= 2 }.map { $0.lowercased() }
            #expect(Self.tokens(of: text) == expected, "\(text.debugDescription)")
            #expect(Self.tokens(of: text + " é") == expected, "\(text.debugDescription) + é")
        }
    }
}
