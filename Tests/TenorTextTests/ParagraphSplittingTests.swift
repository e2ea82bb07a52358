import Testing
@testable import TenorText

/// Expected paragraphs come from Python 3.11, the rule every reference comparison uses:
/// `[p.strip() for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")) if p.strip()]`
@Suite struct ParagraphSplittingTests {
    static let cases: [(String, [String])] = [
        ("a\n\nb", ["a", "b"]),
        ("a\n \t\nb", ["a", "b"]),
        ("a\n\n\n\nb\n", ["a", "b"]),
        ("  lead\n\n\ttrail  \n", ["lead", "trail"]),
        ("a\nb\n\nc", ["a\nb", "c"]),
        ("a\n \n \nb", ["a", "b"]),
        ("\n\n\n", []),
        ("", []),
        ("one\r\n\r\ntwo\rthree\r\rfour", ["one", "two\nthree", "four"]),
        ("x\u{A0}\n\n\u{2003}y\u{3000}", ["x", "y"]),
        ("a\n\n \n\nb", ["a", "b"]),
        ("only one paragraph", ["only one paragraph"]),
        ("a\n  x\n\nb", ["a\n  x", "b"]),
    ]

    @Test(arguments: cases)
    func paragraphsMatchPythonsRule(text: String, expected: [String]) {
        let document = Document(name: "t", text: Array(text.utf8))
        let found = document.paragraphs.map { document.string($0).normalizingLineEnds() }
        #expect(found == expected)
    }

    @Test func linesModeKeepsEveryNonEmptyLine() {
        let document = Document(name: "t", text: Array("first\n\n  second  \r\nthird\r \n".utf8), splitting: .lines)
        #expect(document.paragraphs.map(document.string) == ["first", "second", "third"])
    }

    @Test func rangesPointIntoTheOriginalBuffer() {
        let text = Array("  Hello\r\n\r\nWorld".utf8)
        let document = Document(name: "t", text: text)
        #expect(document.paragraphs == [2..<7, 11..<16])
    }
}

extension String {
    func normalizingLineEnds() -> String {
        var result = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            result.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return result
    }
}
