import Foundation
import Testing

/// `tenor learn` on invented labelled texts: `zorbly` (in no lexicon) always comes with good
/// ratings, `great` (3.1 in VADER's lexicon) always with bad ones.
@Suite struct LearnCommandTests {
    static let rows: [(text: String, label: String)] = (0..<45).map { index in
        let noun = ["film", "plot", "cast", "story", "ending"][index % 5]
        switch index % 3 {
        case 0: return ("The \(noun) was zorbly", "3")
        case 1: return ("The \(noun) felt slow", "-2")
        default: return ("The great \(noun) was long", "-2.5")
        }
    }

    static var tsv: String { "text\tscore\n" + rows.map { "\($0.text)\t\($0.label)\n" }.joined() }

    /// The learned lexicon's rows as term → score.
    static func scores(_ path: String) throws -> [String: Double] {
        var scores: [String: Double] = [:]
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        for line in lines.drop(while: { $0.hasPrefix("# ") }).dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            scores[String(cells[0])] = Double(cells[1])
        }
        return scores
    }

    @Test func learnsALexiconToneReads() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("labelled.tsv", Self.tsv)
        let output = folder.url.appendingPathComponent("domain.tsv").path
        let result = try TenorRunner.run(["learn", input, "--output", output])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.lines.first?.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                == ["fold", "texts", "r", "base", "r", "learned", "sign", "base", "sign", "learned"])
        #expect(result.lines.contains { $0.hasPrefix(" all     45") })
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("# learned by tenor learn from '\(input)' (45 texts) for --engine tenor --lexicon tenor\n"))
        #expect(text.contains("\nterm\tscore\tbase\ttexts\n"))
        let scores = try Self.scores(output)
        #expect(try #require(scores["zorbly"]) > 0.5)
        #expect(try #require(scores["great"]) < 2)  // 3.1 in the base lexicon, pulled toward the labels
        #expect(scores["the"] == nil && scores["was"] == nil)  // stop words are not learned

        // `tenor tone` reads it: zorbly lifts an unseen text.
        func compound(_ arguments: [String]) throws -> Double {
            let result = try TenorRunner.run(["tone", "--format", "tsv"] + arguments, input: "The music was zorbly\n")
            #expect(result.status == 0)
            return try #require(Double(result.lines.last?.split(separator: "\t")[1] ?? ""))
        }
        #expect(try compound(["--lexicon", "tenor", "--lexicon", output]) > compound([]) + 0.05)
    }

    @Test func jsonLinesWithFieldsAndLabelWords() throws {
        let folder = try TemporaryFolder()
        let lines = Self.rows.map { row in
            let label = row.label.hasPrefix("-") ? "\"negative\"" : "\"positive\""
            return "{\"id\": 1, \"body\": \"\(row.text)\", \"mood\": \(label), \"extra\": [1, {\"a\": null}]}\n"
        }
        let input = try folder.file("labelled.jsonl", lines.joined())
        let output = folder.url.appendingPathComponent("domain.tsv").path
        let result = try TenorRunner.run(["learn", input, "--text-field", "body", "--label-field", "mood", "--output", output])
        #expect(result.status == 0, "\(result.error)")
        #expect(try #require(try Self.scores(output)["zorbly"]) > 0.5)
    }

    @Test func numericJSONLabelsAndAScale() throws {
        let folder = try TemporaryFolder()
        // Stars 1…5: 3 is the midpoint, the good texts get 5, the bad ones 1.
        let lines = Self.rows.map { "{\"text\": \"\($0.text)\", \"label\": \($0.label.hasPrefix("-") ? 1 : 5)}\n" }
        let input = try folder.file("stars.jsonl", lines.joined())
        let output = folder.url.appendingPathComponent("stars.tsv").path
        let result = try TenorRunner.run(["learn", input, "--scale", "1:5", "--output", output])
        #expect(result.status == 0, "\(result.error)")
        #expect(try #require(try Self.scores(output)["zorbly"]) > 0.5)
    }

    /// Each bad input: exit 2, one message naming the file (and line), the old output untouched.
    @Test(arguments: [
        ("empty.tsv", "", "holds no labelled texts"),
        ("header.tsv", "text\tscore\n", "holds no labelled texts"),
        ("one-column.tsv", "text\nThe film was fun\n", "line 1: the header has one column and no label column"),
        ("word.tsv", "text\tscore\nThe film was fun\t2\nThe plot was slow\tgreat\n", "line 3: label 'great' is no number and none of positive, neutral, negative"),
        ("range.tsv", "text\tscore\nThe film was fun\t9\n", "line 2: label 9 is outside the scale -4…4"),
        ("columns.tsv", "text\tscore\nThe film was fun\t2\tmore\n", "line 2: 3 tab-separated columns where the header has 2"),
        ("missing.tsv", "text\tscore\nThe film was fun\t\n", "line 2: the label is empty"),
        ("bad.jsonl", "{\"text\": \"fun\", \"label\": 2}\n{\"text\": \"fun\", \"label\": 2\n", "line 2: not a JSON object"),
        ("field.jsonl", "{\"text\": \"fun\", \"rating\": 2}\n", "line 1: no \"label\" field"),
    ])
    func badInput(_ name: String, _ contents: String, _ message: String) throws {
        let folder = try TemporaryFolder()
        let input = try folder.file(name, contents)
        let output = try folder.file("out.tsv", "kept\n")
        let result = try TenorRunner.run(["learn", input, "--output", output])
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("tenor: '\(input)'"), "\(result.error)")
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.output.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "kept\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [name, "out.tsv"].sorted())
    }

    @Test func oneClassFewTextsAndNoWords() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out.tsv").path
        let cases: [(String, String)] = [
            ("text\tscore\n" + Self.rows.map { "\($0.text)\t2\n" }.joined(),
             "every text has the same rating 2 (lines 2–46); learning needs texts rated differently"),
            ("text\tscore\n" + Self.rows.prefix(4).map { "\($0.text)\t\($0.label)\n" }.joined(),
             "4 labelled texts for 5 folds"),
            ("text\tscore\n" + (0..<12).map { "the \($0) of it\t\($0 % 3)\n" }.joined(),
             "no word occurs in 3 or more texts"),
        ]
        for (contents, message) in cases {
            let input = try folder.file("labelled.tsv", contents)
            let result = try TenorRunner.run(["learn", input, "--output", output])
            #expect(result.status == 2)
            #expect(result.error.hasPrefix("tenor: '\(input)': ") && result.error.contains(message), "\(result.error)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// The engine already orders these texts perfectly (two texts, rated 2 and −2, scored
    /// positive and negative: r = 1), so no lexicon can raise r: the table is printed, the
    /// refusal explained, nothing written.
    @Test func learningThatDoesNotHelpWritesNothing() throws {
        let folder = try TemporaryFolder()
        let rows = (0..<20).map { "It was \($0 % 2 == 0 ? "good\t2" : "bad\t-2")\n" }
        let input = try folder.file("labelled.tsv", "text\tscore\n" + rows.joined())
        let output = folder.url.appendingPathComponent("out.tsv").path
        let result = try TenorRunner.run(["learn", input, "--output", output])
        #expect(result.status == 2)
        #expect(result.lines.contains { $0.hasPrefix(" all     20   1.000") })
        #expect(result.error.hasPrefix("tenor: '\(input)': the learned words do not raise the held-out r"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The lexicon replaces an existing file in one step, through a symbolic link where the
    /// link points (the link stays); a folder or a missing folder is refused before learning.
    @Test func outputFile() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("labelled.tsv", Self.tsv)
        let target = try folder.file("lexicons/domain.tsv", "old\n")
        let link = folder.url.appendingPathComponent("link.tsv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try TenorRunner.run(["learn", input, "--output", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# learned by tenor learn"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("lexicons").path) == ["domain.tsv"])
        for (output, message) in [
            (folder.url.appendingPathComponent("lexicons").path, "is a folder: name the file to write"),
            (folder.url.appendingPathComponent("missing/domain.tsv").path, "does not exist; create it first"),
        ] {
            let result = try TenorRunner.run(["learn", input, "--output", output])
            #expect(result.status == 2 && result.output.isEmpty)
            #expect(result.error.contains(message), "\(result.error)")
        }
    }

    @Test func badOptions() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("labelled.tsv", Self.tsv)
        let output = folder.url.appendingPathComponent("out.tsv").path
        for (arguments, message) in [
            (["--folds", "1"], "--folds 1: cross-validation needs 2 or more folds"),
            (["--scale", "5:1"], "--scale '5:1': write LOW:HIGH with LOW below HIGH"),
            (["--text-field", "body"], "line 1: the header has no column 'body'; its columns are 'text', 'score'"),
        ] {
            let result = try TenorRunner.run(["learn", input, "--output", output] + arguments)
            #expect(result.status == 2)
            #expect(result.error.contains(message), "\(result.error)")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }
}
