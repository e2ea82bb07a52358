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
    ]

    @Test(arguments: cases)
    func tokensMatchPython(text: String, expected: [String]) {
        var scanner = SklearnTokenScanner(lowercase: true)
        var found: [String] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            scanner.forEachToken(in: buffer, range: 0..<bytes.count) { found.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(found == expected)
    }

    @Test func caseIsKeptWhenNotLowercasing() {
        var scanner = SklearnTokenScanner(lowercase: false)
        var found: [String] = []
        let bytes = Array("Hello ÉCOLE".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            scanner.forEachToken(in: buffer, range: 0..<bytes.count) { found.append(String(decoding: $0, as: UTF8.self)) }
        }
        #expect(found == ["Hello", "ÉCOLE"])
    }
}
