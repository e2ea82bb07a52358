import Foundation
import Testing

/// `tenor tone`; expected scores are vaderSentiment 3.3.2's, from Tests/Fixtures/tone/vader-sentences.tsv
/// (`The soup was good.` 0.4404 / 0.492 / 0.508 / 0.0; `The soup was bad.` -0.5423 / 0.0 /
/// 0.462 / 0.538; `The lamp is on the table.` all neutral).
@Suite struct ToneCommandTests {
    static let text = "The soup was good.\n\nThe soup was bad.\n\nThe lamp is on the table.\n"
    static let rows = [
        "1\t0.4404\t0.492\t0.508\t0.000\tpositive",
        "2\t-0.5423\t0.000\t0.462\t0.538\tnegative",
        "3\t0.0000\t0.000\t1.000\t0.000\tneutral",
    ]

    @Test func tsv() throws {
        let result = try TenorRunner.run(["tone", "--engine", "vader", "--format", "tsv"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.lines == ["paragraph\tcompound\tpositive\tneutral\tnegative\tlabel"] + Self.rows)
    }

    /// Without --engine the tenor engine scores. `The soup was good.`: good 1.9 and soup, labMT
    /// 6.52 → (6.52 - 5) × 0.1 = 0.152 (no other lexicon has it): T = 2.052, four words, no cap:
    /// 2.052 / √(4.210704 + 15) = 0.46817; shares: positive (1.152 + 2.9) / 6.052 = 0.670, neutral
    /// 2 / 6.052 = 0.330. `--engine tenor-1` (VADER's lexicon completed from AFINN and pattern,
    /// neither of which has soup) gives VADER's rows.
    @Test func defaultEngine() throws {
        let result = try TenorRunner.run(["tone", "--format", "tsv"], input: Self.text)
        #expect(result.lines.dropFirst().first == "1\t0.4682\t0.670\t0.330\t0.000\tpositive")
        #expect(result.lines == (try TenorRunner.run(["tone", "--engine", "tenor", "--format", "tsv"], input: Self.text)).lines)
        let first = try TenorRunner.run(["tone", "--engine", "tenor-1", "--format", "tsv"], input: Self.text)
        #expect(first.lines.dropFirst() == Self.rows[...])
    }

    @Test func severalFilesAddAFileColumn() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "The soup was good.\n")
        let second = try folder.file("b.txt", "The soup was bad.\n")
        let result = try TenorRunner.run(["tone", "--engine", "tenor-1", "--format", "csv", first, second])
        #expect(result.lines == [
            "file,paragraph,compound,positive,neutral,negative,label",
            "\(first),1,0.4404,0.492,0.508,0.000,positive",
            "\(second),1,-0.5423,0.000,0.462,0.538,negative",
        ])
    }

    @Test func sentences() throws {
        let result = try TenorRunner.run(["tone", "--engine", "tenor-1", "--sentences", "--format", "tsv"],
                                         input: "The soup was good. The soup was bad.\n\nThe lamp is on the table.\n")
        #expect(result.lines == [
            "paragraph\tsentence\tcompound\tpositive\tneutral\tnegative\tlabel",
            "1\t1\t0.4404\t0.492\t0.508\t0.000\tpositive",
            "1\t2\t-0.5423\t0.000\t0.462\t0.538\tnegative",
            "2\t1\t0.0000\t0.000\t1.000\t0.000\tneutral",
        ])
    }

    @Test func splitLines() throws {
        let result = try TenorRunner.run(["tone", "--engine", "tenor-1", "--split", "lines", "--format", "tsv"],
                                         input: "The soup was good.\nThe soup was bad.\n")
        #expect(result.lines.dropFirst() == Self.rows[0..<2])
    }

    @Test func json() throws {
        let byDefault = try TenorRunner.run(["tone", "--format", "json"], input: Self.text)
        let named = try #require(try JSONSerialization.jsonObject(with: Data(byDefault.output.utf8)) as? [String: Any])
        #expect(named["engine"] as? String == "tenor")
        #expect(named["lexicons"] as? [String] == ["tenor"])
        let result = try TenorRunner.run(["tone", "--engine", "tenor-1", "--format", "json"], input: Self.text)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["engine"] as? String == "tenor-1")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.map { $0["compound"] as? Double } == [0.4404, -0.5423, 0])
        #expect(paragraphs.map { $0["label"] as? String } == ["positive", "negative", "neutral"])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["positive"] as? Int == 1 && summary["negative"] as? Int == 1 && summary["neutral"] as? Int == 1)
    }

    @Test func tableHasASummary() throws {
        let result = try TenorRunner.run(["tone", "--engine", "tenor-1", "--format", "table"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.output.contains("most positive  paragraph 1 (0.4404)"))
        #expect(result.output.contains("most negative  paragraph 2 (-0.5423)"))
    }

    /// Nothing to score: a header and no rows, never NaN.
    @Test func punctuationDigitsAndEmptyInput() throws {
        let result = try TenorRunner.run(["tone", "--format", "tsv"], input: "!!! ???\n\n12345\n\n\n")
        #expect(result.status == 0)
        #expect(result.lines.dropFirst() == ["1\t0.0000\t0.000\t1.000\t0.000\tneutral", "2\t0.0000\t0.000\t1.000\t0.000\tneutral"])
        let empty = try TenorRunner.run(["tone", "--format", "tsv"], input: "")
        #expect(empty.status == 0 && empty.lines == ["paragraph\tcompound\tpositive\tneutral\tnegative\tlabel"])
    }

    /// `It is ok.`: the tenor engine strips `ok.` to `ok`, whose two VADER values (1.6, 1.2) are
    /// averaged: 1.4. compound = 1.4 / √(1.4² + 15) = 1.4 / 4.11825 = 0.33995 → 0.3400;
    /// positive = (1.4 + 1) / (2.4 + 2 neutral words) = 0.545, neutral = 2 / 4.4 = 0.455.
    /// VADER keeps `ok.` whole, finds nothing and scores 0.
    @Test func tenorEngine() throws {
        let tenor = try TenorRunner.run(["tone", "--engine", "tenor", "--format", "tsv"], input: "It is ok.\n")
        #expect(tenor.lines.dropFirst() == ["1\t0.3400\t0.545\t0.455\t0.000\tpositive"])
        let vader = try TenorRunner.run(["tone", "--engine", "vader", "--format", "tsv"], input: "It is ok.\n")
        #expect(vader.lines.dropFirst() == ["1\t0.0000\t0.000\t1.000\t0.000\tneutral"])
    }

    /// A user lexicon replaces the engine's own unless that is named first: `zorp` alone is
    /// unknown to the tenor merge, so with `--lexicon tenor --lexicon mine.tsv` it scores 2
    /// (0.4588, see ``userLexicon()``), and the merge still knows `good` (0.4404 alone as in VADER).
    @Test func userLexiconOnTopOfTheTenorMerge() throws {
        let (_, result) = try tone(lexicon: "term\tscore\nzorp\t2\n", before: ["--engine", "tenor", "--lexicon", "tenor"],
                                   input: "zorp\n\ngood\n")
        #expect(result.lines.dropFirst() == ["1\t0.4588\t1.000\t0.000\t0.000\tpositive", "2\t0.4404\t1.000\t0.000\t0.000\tpositive"])
    }

    /// `The soup was not good, but the bread was SUPERB!` with the tenor engine: good 1.9
    /// negated by `not` (× -0.74 = -1.406) and halved before `but` = -0.703; SUPERB 3.1 + 0.733
    /// (ALL CAPS among lower-case words) = 3.833, × 1.5 after `but` = 5.7495. Compound: T =
    /// 5.0465 + 0.292 (one `!`) = 5.3385, W = 10: × √(5/10) = 3.77490; / √(14.24987 + 15) = 0.6980.
    static let explained = "The soup was not good, but the bread was SUPERB!\n\nThe lamp is on the table.\n"

    @Test func explainInEveryFormat() throws {
        let tsv = try TenorRunner.run(["tone", "--engine", "tenor-1", "--explain", "--format", "tsv"], input: Self.explained)
        #expect(tsv.lines == [
            "paragraph\tcompound\tpositive\tneutral\tnegative\tlabel\texplain",
            "1\t0.6980\t0.421\t0.478\t0.102\tpositive\tSUPERB:+5.7495 good:-0.7030",
            "2\t0.0000\t0.000\t1.000\t0.000\tneutral\t",
        ])
        let csv = try TenorRunner.run(["tone", "--engine", "tenor-1", "--explain", "--format", "csv"], input: Self.explained)
        #expect(csv.lines.dropFirst().first == "1,0.6980,0.421,0.478,0.102,positive,SUPERB:+5.7495 good:-0.7030")
        let table = try TenorRunner.run(["tone", "--engine", "tenor-1", "--explain", "--format", "table"], input: Self.explained, environment: ["COLUMNS": "120"])
        #expect(table.output.contains("positive  SUPERB +5.7, good \u{2212}0.7\n"))
        let json = try TenorRunner.run(["tone", "--engine", "tenor-1", "--explain", "--format", "jsonl"], input: Self.explained)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(json.lines[0].utf8)) as? [String: Any])
        let words = try #require(first["explain"] as? [[String: Any]])
        #expect(words.map { $0["word"] as? String } == ["SUPERB", "good"])
        #expect(words.map { $0["contribution"] as? Double } == [5.7495, -0.703])
    }

    /// Without --explain no column and no JSON key.
    @Test func noExplainByDefault() throws {
        let json = try TenorRunner.run(["tone", "--format", "jsonl"], input: Self.explained)
        #expect(!json.output.contains("explain"))
    }

    /// The vader engine explains too, and per sentence. In `It was not good, but SUPERB!`, VADER's
    /// `not` reaches across the comma to SUPERB, three words on: 3.833 × -0.74 = -2.83642, × 1.5
    /// after `but` = -4.2546; good as above -0.703. `Fine.` is fine 0.8.
    @Test func explainSentencesWithVader() throws {
        let result = try TenorRunner.run(["tone", "--engine", "vader", "--sentences", "--explain", "--format", "tsv"],
                                         input: "It was not good, but SUPERB! Fine.\n")
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).last } == [
            "SUPERB:-4.2546 good:-0.7030", "Fine:+0.8000",
        ])
    }

    /// `tenor tone --lexicon FILE` (after `before` arguments) with a lexicon file holding `contents`.
    private func tone(lexicon contents: String, before: [String] = [], input: String) throws -> (path: String, result: TenorRunner.Result) {
        let folder = try TemporaryFolder()
        let path = try folder.file("mine.tsv", contents)
        return (path, try TenorRunner.run(["tone", "--format", "tsv"] + before + ["--lexicon", path], input: input))
    }

    /// zorp (2) alone: 2 / √(2² + 15) = 0.4588, all of it positive.
    @Test func userLexicon() throws {
        let (_, result) = try tone(lexicon: "term\tscore\nzorp\t2\n", before: ["--lexicon", "vader"], input: "zorp\n")
        #expect(result.lines.dropFirst() == ["1\t0.4588\t1.000\t0.000\t0.000\tpositive"])
        #expect(result.error.isEmpty)
    }

    @Test func malformedLexiconNamesFileAndLine() throws {
        let (path, result) = try tone(lexicon: "term\tscore\nzorp\t2\nblarg\tvery\n", input: "zorp\n")
        #expect(result.status == 2)
        #expect(result.error.contains("'\(path)' line 3") && result.error.contains("'very' is not a number"))
        #expect(result.output.isEmpty)
    }

    /// VADER takes the later score (2: 0.4588); the tenor engine the mean, 1.5:
    /// 1.5 / √(1.5² + 15) = 1.5 / 4.15331 = 0.36116 → 0.3612.
    @Test func duplicateTermWarns() throws {
        let (path, result) = try tone(lexicon: "term\tscore\nzorp\t1\nzorp\t2\n", before: ["--engine", "vader"], input: "zorp\n")
        #expect(result.status == 0)
        #expect(result.error.contains("warning: lexicon '\(path)' line 3: 'zorp' repeats line 2; the later score is used"))
        #expect(result.lines.dropFirst() == ["1\t0.4588\t1.000\t0.000\t0.000\tpositive"])
        let (_, tenor) = try tone(lexicon: "term\tscore\nzorp\t1\nzorp\t2\n", input: "zorp\n")
        #expect(tenor.error.contains("repeats line 2; the mean of its scores is used"))
        #expect(tenor.lines.dropFirst() == ["1\t0.3612\t1.000\t0.000\t0.000\tpositive"])
    }

    @Test func unknownLexicon() throws {
        let result = try TenorRunner.run(["tone", "--lexicon", "vadr"], input: Self.text)
        #expect(result.status == 2)
        #expect(result.error.contains("no lexicon named 'vadr'"))
    }

    /// The lexicons are compiled in: a copy of the binary elsewhere scores the same.
    @Test func copiedBinaryFindsItsLexicons() throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("bin/tenor")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TenorRunner.executable, to: copy)
        for lexicon in ["vader", "afinn", "textblob", "tenor"] {
            let result = try TenorRunner.run(["tone", "--lexicon", lexicon, "--format", "tsv"], input: Self.text, executable: copy)
            #expect(result.status == 0, "\(lexicon): \(result.error)")
            #expect(result.lines.count == 4)
        }
        let vader = try TenorRunner.run(["tone", "--engine", "tenor-1", "--format", "tsv"], input: Self.text, executable: copy)
        #expect(vader.lines.dropFirst() == Self.rows[...])
    }
}
