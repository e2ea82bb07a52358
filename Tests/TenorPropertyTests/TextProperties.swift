import PropertyBased
import Tenor
import Testing

@Suite struct TextProperties {
    /// The documented rule, written out independently: `\r\n` and `\r` read as `\n`, then the
    /// pieces of Python's `re.split(r"\n[ \t]*\n", text)` (leftmost separators, scanning on after
    /// each), each stripped of whitespace, empty ones dropped.
    static func documentedParagraphCount(_ text: String) -> Int {
        var scalars: [Unicode.Scalar] = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous == "\r" { previous = scalar; continue }
            scalars.append(scalar == "\r" ? "\n" : scalar)
            previous = scalar
        }
        var pieces: [[Unicode.Scalar]] = [], current: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                var probe = index + 1
                while probe < scalars.count && (scalars[probe] == " " || scalars[probe] == "\t") { probe += 1 }
                if probe < scalars.count && scalars[probe] == "\n" {
                    pieces.append(current)
                    current = []
                    index = probe + 1
                    continue
                }
            }
            current.append(scalars[index])
            index += 1
        }
        pieces.append(current)
        return pieces.filter { $0.contains { !$0.properties.isWhitespace } }.count
    }

    @Test func paragraphCountsFollowTheDocumentedSplitRule() async {
        await propertyCheck(count: 300, input: MultiScriptText.text) { text in
            let document = Document(name: "random", text: Array(text.utf8))
            #expect(document.paragraphs.count == Self.documentedParagraphCount(text))
        }
    }

    /// The rule's own edge cases, by hand: a blank line of spaces and tabs separates, a line of
    /// other whitespace does not (it is no blank line to the regex) but is stripped.
    @Test(arguments: [
        ("a\n\nb", 2), ("a\n \t \nb", 2), ("a\r\n\r\nb", 2), ("a\r\rb", 2), ("a\n\u{A0}\nb", 1),
        ("\n\n\n", 0), ("a\n\n\nb", 2), ("\u{3000}a\u{3000}", 1), ("", 0),
    ])
    func theReferenceRuleOnHandPickedTexts(text: String, paragraphs: Int) {
        #expect(Self.documentedParagraphCount(text) == paragraphs)
        #expect(Document(name: "t", text: Array(text.utf8)).paragraphs.count == paragraphs)
    }
}
