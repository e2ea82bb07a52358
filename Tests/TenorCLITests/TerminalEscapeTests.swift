import Foundation
import Testing

/// Control characters in file names and text (an ESC sequence, a line break) never reach the
/// output raw, where they would colour or break the terminal: every reader view turns them into
/// spaces as the table cells do, and CSV either quotes them (line breaks, RFC 4180) or does the same.
@Suite struct TerminalEscapeTests {
    static let escape = "\u{1B}"
    /// A red file with a positive and a negative paragraph, and a file whose name holds a line break.
    struct Inputs {
        let folder: TemporaryFolder
        let red: String
        let broken: String

        init() throws {
            folder = try TemporaryFolder()
            red = try folder.file("a\(escape)[31mred.txt", "Good happy day.\n\nBad \(escape)[31mawful\(escape)[0m day.")
            broken = try folder.file("b\nline.txt", "Fine.")
        }
    }

    /// The same path as a reader view prints it.
    static func shown(_ path: String) -> String {
        path.replacingOccurrences(of: escape, with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    static func expectNoControlCharacters(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = text.unicodeScalars.filter { $0 != "\n" && $0.properties.generalCategory == .control }
        #expect(controls.isEmpty, "raw control characters: \(controls.map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: ["report", "stats", "tone"])
    func summaryTitlesAndPlacesShowNamesOnOneLine(command: String) throws {
        let inputs = try Inputs()
        let (red, broken) = (inputs.red, inputs.broken)
        for format in ["table", "markdown"] {
            let result = try TenorRunner.run([command, red, broken, "--format", format])
            #expect(result.status == 0)
            Self.expectNoControlCharacters(result.output)
            let title = format == "table" ? "Summary: \(Self.shown(broken))" : "**Summary: \(Self.shown(broken))**"
            #expect(result.lines.contains(title))
            #expect(!result.lines.contains { $0.hasPrefix("line.txt") })
        }
    }

    /// The all-input summary names the file of the most negative paragraph. The tenor-1 engine
    /// scores as VADER does, so the figure is vaderSentiment's for "Bad awful day.".
    @Test func mostNegativePlaceShowsTheNameOnOneLine() throws {
        let inputs = try Inputs()
        let (red, broken) = (inputs.red, inputs.broken)
        let result = try TenorRunner.run(["tone", red, broken, "--format", "markdown", "--engine", "tenor-1"])
        #expect(result.lines.contains("- most negative: \(Self.shown(red)) paragraph 2 (-0.5423)"))
    }

    @Test func errorMessagesShowNamesOnOneLine() throws {
        let result = try TenorRunner.run(["report", "x\(Self.escape)[1m\nq.txt"])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tenor: cannot read 'x [1m q.txt'"))
        #expect(result.error.filter { $0 == "\n" }.count == 1)
        Self.expectNoControlCharacters(result.error)
    }

    /// CSV quotes a field holding a line break (RFC 4180) and turns other control characters into
    /// spaces, in file names and in the text alike.
    @Test func csvQuotesLineBreaksAndSpacesOtherControls() throws {
        let inputs = try Inputs()
        let (red, broken) = (inputs.red, inputs.broken)
        // tenor-1 scores as VADER does: 0.7650 is vaderSentiment's compound for "Good happy day.".
        let tone = try TenorRunner.run(["tone", red, broken, "--format", "csv", "--engine", "tenor-1"])
        #expect(tone.status == 0)
        Self.expectNoControlCharacters(tone.output)
        #expect(tone.output.contains("\n\(Self.shown(red)),1,0.7650,"))
        #expect(tone.output.contains("\n\"\(broken)\",1,"))
        let report = try TenorRunner.run(["report", red, "--format", "csv"])
        Self.expectNoControlCharacters(report.output)
        #expect(report.output.contains(",Bad  [31mawful [0m day.,"))
    }

    /// JSON escapes every control character, DEL and C1 (`\u007f`, `\u009b`) too, so the text
    /// comes back whole from a parser and nothing raw reaches a terminal.
    @Test func jsonEscapesEveryControlCharacter() throws {
        let text = "Bad \(Self.escape)[31mawful\u{7F} day\u{9B}2J here."
        let report = try TenorRunner.run(["report", "--format", "json"], input: text)
        #expect(report.status == 0)
        Self.expectNoControlCharacters(report.output)
        #expect(report.output.contains("\\u001b[31mawful\\u007f day\\u009b2J"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let first = try #require((object["paragraphs"] as? [[String: Any]])?.first)
        #expect((first["first_words"] as? String)?.unicodeScalars.contains("\u{9B}") == true)
    }
}
