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
        // Carriage returns only after many newlines, and then two together.
        ("a\nb\n\nc\n\nd\re\r\rf", ["a\nb", "c", "d\ne", "f"]),
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

    /// Each ASCII character and some others, at both ends of "a": stripped exactly when
    /// Python's `str.isspace()` holds (ASCII: tab to carriage return, 0x1C–0x1F, space).
    @Test func trimmingStripsWhatPythonCallsSpace() {
        let pythonSpaces: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x2003, 0x3000]
        let others: [UInt32] = [0x85, 0xA0, 0xE9, 0x2003, 0x200B, 0x3000, 0x1F600]
        for value in Array(0..<0x80) + others {
            let scalar = Unicode.Scalar(value)!
            let edge = Array(String(Character(scalar)).utf8)
            let text = edge + edge + Array("a".utf8) + edge
            let trimmed = text.withUnsafeBufferPointer { UnicodeWhitespace.trimmed(0..<text.count, in: $0) }
            let expected = pythonSpaces.contains(value) ? (2 * edge.count)..<(2 * edge.count + 1) : 0..<text.count
            #expect(trimmed == expected, "U+\(String(value, radix: 16))")
        }
    }

    /// Lines as error messages count them: `\n`, `\r\n` and `\r` each end one.
    @Test func lineNumbersCountEveryKindOfLineEnd() {
        let text = Array("x\ny\rz\r\nw".utf8)   // x0 \n1 y2 \r3 z4 \r5 \n6 w7
        #expect([0, 2, 4, 7].map { ParagraphSplitting.lineNumber(ofOffset: $0, in: text) } == [1, 2, 3, 4])
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
