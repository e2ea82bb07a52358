import Foundation
import Testing

/// `tenor report` on texts whose counts are worked out by hand.
@Suite struct ReportCommandTests {
    /// Paragraph 1: 6 words (The cat sat The dog ran), 2 sentences, 25 characters.
    /// Paragraph 2: 8 words (A cat and a dog met at noon), 1 sentence, 28 characters.
    /// Terms without English stop words: P1 cat sat dog ran, P2 cat dog met noon; n = 2.
    /// idf: cat, dog ln(3/3) + 1 = 1; sat, ran, met, noon ln(3/2) + 1 = 1.405465.
    /// P1 row norm √(1 + 1 + 2 · 1.405465²) = 2.439398, so ran = sat = 0.576152 and
    /// cat = dog = 0.409937 (ties go to the earlier term).
    /// Reading grades: textstat 0.7.13 `text_standard(float_output=True)` on the same paragraphs
    /// (same counts: 6 words, 2 sentences, 6 syllables; 8 words, 1 sentence, 8 syllables) gives
    /// 1 and 3, and 1 for the whole text.
    /// Nearest paragraphs: each other's, cosine = cat² + dog² = 2 · 0.409937² = 0.336097.
    static let text = "The cat sat. The dog ran!\n\nA cat and a dog met at noon."

    @Test func tsvHasTheHandCountedValues() throws {
        let result = try TenorRunner.run(["report", "--engine", "tenor-1", "--format", "tsv"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.lines == [
            "paragraph\twords\tsentences\tcharacters\treading_grade\tcompound\tpositive\tneutral\tnegative\tlabel\ttop_terms\tfirst_words\tnearest\tnearest_score",
            // No word of either paragraph is in the tenor lexicon: compound 0, every word neutral.
            "1\t6\t2\t25\t1\t0.0000\t0.000\t1.000\t0.000\tneutral\tran:0.5762 sat:0.5762 cat:0.4099\tThe cat sat. The dog ran!\t2\t0.336097",
            "2\t8\t1\t28\t3\t0.0000\t0.000\t1.000\t0.000\tneutral\tmet:0.5762 noon:0.5762 cat:0.4099\tA cat and a dog met at noon.\t1\t0.336097",
        ])
    }

    /// Tone by hand, with the tenor engine (the default): its lexicon keeps VADER's values, `love`
    /// 3.2 and `hate` -2.7 (the other words 0), and texts of at most five words sum as VADER's do.
    /// compound = x / √(x² + 15): 3.2 / √25.24 = 0.6369, -2.7 / √22.29 = -0.5719.
    /// Shares: a sentiment word weighs |x| + 1, a neutral word 1: (3.2 + 1) / (4.2 + 2) = 0.677
    /// positive and 0.323 neutral; (2.7 + 1) / (3.7 + 2) = 0.649 negative and 0.351 neutral.
    /// Arc glyph = ⌊(c + 1) / 2 · 8⌋: 0.6369 → 6 (▇), -0.5719 → 1 (▂), 0 → 4 (▅).
    static let toneText = "I love it.\n\nI hate it.\n\nIt is a table."

    @Test func toneColumnsAndTheToneArc() throws {
        let tsv = try TenorRunner.run(["report", "--format", "tsv"], input: Self.toneText)
        let rows = tsv.lines.dropFirst().map { $0.split(separator: "\t").dropFirst(5).prefix(5).joined(separator: " ") }
        #expect(rows == ["0.6369 0.677 0.323 0.000 positive", "-0.5719 0.000 0.351 0.649 negative",
                         "0.0000 0.000 1.000 0.000 neutral"])
        let table = try TenorRunner.run(["report", "--format", "table"], input: Self.toneText, environment: ["COLUMNS": "120"])
        #expect(table.output.contains("  tone                 1 positive, 1 neutral, 1 negative; mean +0.02\n"))
        #expect(table.output.contains("  tone arc             ▇▂▅\n"))
        #expect(table.output.contains("  most positive        paragraph 1 (+0.64)\n"))
        #expect(table.output.contains("  most negative        paragraph 2 (-0.57)\n"))
        let json = try TenorRunner.run(["report", "--format", "json"], input: Self.toneText)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let first = try #require((object["paragraphs"] as? [[String: Any]])?.first)
        #expect((first["tone"] as? [String: Any])?["label"] as? String == "positive")
        // Lexicon profile: mean per word over 3 words; `love` is 3.2 in VADER, 3 in AFINN.
        let profile = try #require(first["lexicon_profile"] as? [String: Double])
        #expect(abs(profile["vader"]! - 3.2 / 3) < 1e-6)
        #expect(abs(profile["afinn"]! - 3.0 / 3) < 1e-6)
        let summaryTone = try #require((object["summary"] as? [String: Any])?["tone"] as? [String: Any])
        #expect((summaryTone["most_negative"] as? [String: Any])?["paragraph"] as? Int == 2)
    }

    @Test func jsonFollowsTheSchema() throws {
        let result = try TenorRunner.run(["report", "-", "--format", "json"], input: Self.text)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect(json["files"] == nil)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0]["paragraph"] as? Int == 1)
        #expect(paragraphs[0]["file"] == nil)
        #expect(paragraphs[1]["words"] as? Int == 8)
        let terms = try #require(paragraphs[0]["top_terms"] as? [[String: Any]])
        #expect(terms.map { $0["term"] as? String } == ["ran", "sat", "cat"])
        #expect(abs((terms[0]["weight"] as? Double ?? 0) - 0.5761523551647353) < 1e-12)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["paragraphs"] as? Int == 2)
        #expect(summary["words"] as? Int == 14)
        #expect(summary["sentences"] as? Int == 3)
        #expect(summary["distinct_terms"] as? Int == 6)
        #expect(summary["mean_words_per_paragraph"] as? Double == 7)
        #expect((summary["reading_grade"] as? [String: Any])?["value"] as? Double == 1)
        #expect((paragraphs[1]["reading_grade"] as? [String: Any])?["value"] as? Double == 3)
        let nearest = try #require(paragraphs[0]["nearest"] as? [String: Any])
        #expect(nearest["paragraph"] as? Int == 2)
        #expect(abs((nearest["score"] as? Double ?? 0) - 0.3360969) < 1e-6)
    }

    /// A user lexicon scores the tone and adds a profile column named after its file:
    /// `love` 2 → compound 2 / √(4 + 15) = 0.4588; profile 2 / 3 words = 0.6667.
    @Test func aLexiconFileScoresToneAndAddsAProfileColumn() throws {
        let folder = try TemporaryFolder()
        let lexicon = try folder.file("My-Words.tsv", "term\tscore\nlove\t2\n")
        let result = try TenorRunner.run(["report", "--lexicon", lexicon, "--format", "json"], input: "I love it.")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let paragraph = try #require((object["paragraphs"] as? [[String: Any]])?.first)
        #expect(abs(((paragraph["tone"] as? [String: Any])?["compound"] as? Double ?? 0) - 0.4588) < 1e-4)
        let profile = try #require(paragraph["lexicon_profile"] as? [String: Double])
        #expect(abs(profile["my_words"]! - 2.0 / 3) < 1e-6)
        #expect(Set(profile.keys) == ["vader", "afinn", "pattern_polarity", "pattern_subjectivity", "my_words"])
        let bad = try folder.file("bad.tsv", "term\tscore\nlove\tlots\n")
        let failure = try TenorRunner.run(["report", "--lexicon", bad], input: "I love it.")
        #expect(failure.status == 2)
        #expect(failure.error.contains("line 2"))
    }

    /// A lexicon file named like a built-in (or another file) gets a numbered column, and the
    /// same file given twice has one arc per file, each of its own two paragraphs.
    @Test func clashingProfileNamesAndRepeatedFiles() throws {
        let folder = try TemporaryFolder()
        let lexicon = try folder.file("vader.tsv", "term\tscore\nlove\t2\n")
        let text = try folder.file("g.txt", Self.toneText)
        let result = try TenorRunner.run(["report", text, "--lexicon", lexicon, "--lexicon", lexicon, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let profile = try #require((object["paragraphs"] as? [[String: Any]])?.first?["lexicon_profile"] as? [String: Double])
        #expect(Set(profile.keys) == ["vader", "afinn", "pattern_polarity", "pattern_subjectivity", "vader_2", "vader_3"])
        let table = try TenorRunner.run(["report", text, text, "--format", "table"], environment: ["COLUMNS": "120"])
        #expect(table.output.contains("  tone arc             ▇▂▅▇▂▅\n"))                     // all input
        #expect(table.output.components(separatedBy: "  tone arc             ▇▂▅\n").count == 3)   // each file
    }

    @Test func jsonLinesHasOneObjectPerParagraph() throws {
        let result = try TenorRunner.run(["report", "--format", "jsonl"], input: Self.text)
        #expect(result.lines.count == 2)
        let second = try JSONSerialization.jsonObject(with: Data(result.lines[1].utf8)) as? [String: Any]
        #expect(second?["paragraph"] as? Int == 2)
        #expect(second?["first_words"] as? String == "A cat and a dog met at noon.")
    }

    @Test func severalFilesAddAFileColumnAndPerFileTotals() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "One, two, three.")
        let second = try folder.file("b.txt", "Four \"five\" six.\n\nSeven.")
        let csv = try TenorRunner.run(["report", first, second, "--format", "csv"])
        #expect(csv.lines.first == "file,paragraph,words,sentences,characters,reading_grade,compound,positive,neutral,negative,label,top_terms,first_words,nearest,nearest_score")
        #expect(csv.lines.count == 4)
        #expect(csv.lines[1].hasPrefix("\(first),1,3,1,16,"))
        #expect(csv.lines[2].hasSuffix(",\"Four \"\"five\"\" six.\",,"))   // RFC 4180 quoting; no shared term
        #expect(csv.lines[3].hasPrefix("\(second),2,1,1,6,"))
        let json = try TenorRunner.run(["report", first, second, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.map { $0["file"] as? String } == [first, second])
        #expect(files?.map { $0["words"] as? Int } == [3, 4])
    }

    @Test func folderInputReadsTextFilesInSortedOrder() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("b.md", "Second file.")
        _ = try folder.file("a.txt", "First file.")
        _ = try folder.file("notes.json", "{\"ignored\": true}")
        _ = try folder.file("sub/c.txt", "Third file.")
        let result = try TenorRunner.run(["report", folder.url.path, "--format", "tsv"])
        #expect(result.status == 0)
        let column = try #require(result.lines.first?.split(separator: "\t").firstIndex(of: "first_words"))
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false)[column] } ==
                ["First file.", "Second file.", "Third file."])
    }

    @Test func markdownAndTableViews() throws {
        let markdown = try TenorRunner.run(["report", "--engine", "tenor-1", "--format", "markdown"], input: Self.text)
        #expect(markdown.lines.prefix(3) == [
            "| paragraph | words | sentences | characters | reading_grade | tone | top_terms | first_words | nearest |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |",
            "| 1 | 6 | 2 | 25 | 1 | 0.00 | ran, sat, cat | The cat sat. The dog ran! | 2 (0.34) |",
        ])
        #expect(markdown.output.contains("**Summary: all input**\n\n- paragraphs: 2\n- sentences: 3\n- words: 14\n- characters: 53\n"))
        let table = try TenorRunner.run(["report", "--engine", "tenor-1", "--format", "table"], input: Self.text, environment: ["COLUMNS": "110"])
        #expect(table.lines.allSatisfy { $0.count <= 110 })
        #expect(table.lines[0].hasPrefix("paragraph  words  sentences  characters"))
        #expect(table.lines[2].hasPrefix("        1      6          2          25              1  0.00  ran, sat, cat"))
    }

    @Test func splitLinesMakesEveryLineAUnit() throws {
        let result = try TenorRunner.run(["report", "--split", "lines", "--format", "tsv"], input: "good film\nbad film\n\nokay film\n")
        #expect(result.lines.count == 4)
        #expect(result.lines[3].hasPrefix("3\t2\t1\t9\t"))
    }

    @Test func emptyInputGivesAnEmptyReport() throws {
        let result = try TenorRunner.run(["report", "--format", "tsv"], input: "\n \n\t\n")
        #expect(result.status == 0)
        #expect(result.lines == ["paragraph\twords\tsentences\tcharacters\treading_grade\tcompound\tpositive\tneutral\tnegative\tlabel\ttop_terms\tfirst_words\tnearest\tnearest_score"])
        let json = try TenorRunner.run(["report", "--format", "json"], input: "")
        #expect(json.status == 0 && json.output.contains("\"paragraphs\" : [\n\n  ]"))
    }

    @Test func aReaderThatStopsEarlyEndsTheRunQuietly() throws {
        let folder = try TemporaryFolder()
        let big = try folder.file("big.txt", String(repeating: "Many words in a paragraph here.\n\n", count: 20_000))
        let result = try TenorRunner.run(
            ["-c", "set -o pipefail; \"$0\" report --format tsv \"$1\" | head -1", TenorRunner.executable.path, big],
            executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.lines == ["paragraph\twords\tsentences\tcharacters\treading_grade\tcompound\tpositive\tneutral\tnegative\tlabel\ttop_terms\tfirst_words\tnearest\tnearest_score"])
    }
}

@Suite struct TableWidthTests {
    /// At 100 columns the fixed columns take 72 with separators (`nearest` is as wide as its name:
    /// the paragraphs share no term); the two text columns share the rest rather than one of them
    /// being cut to nothing.
    @Test func narrowTerminalsShareTheRoomBetweenTextColumns() throws {
        let text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\n\nNu xi omicron pi rho sigma tau upsilon phi chi psi omega."
        let result = try TenorRunner.run(["report", "--format", "table"], input: text, environment: ["COLUMNS": "100"])
        #expect(result.lines.allSatisfy { $0.count <= 100 })
        let header = try #require(result.lines.first)
        let termsStart = try #require(header.range(of: "top_terms")).lowerBound
        let wordsStart = try #require(header.range(of: "first_words")).lowerBound
        let termsWidth = header.distance(from: termsStart, to: wordsStart) - 2
        let nearestStart = try #require(header.range(of: "nearest")).lowerBound
        let wordsWidth = header.distance(from: wordsStart, to: nearestStart) - 2
        #expect(abs(termsWidth - wordsWidth) <= 1)
    }
}
