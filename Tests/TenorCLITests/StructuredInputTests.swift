import Foundation
import Testing

/// `--input jsonl|csv|tsv` end to end, through the binary and standard input. Expected scores
/// are vaderSentiment 3.3.2's, as in ToneCommandTests (`The soup was good.` 0.4404 / 0.492 /
/// 0.508 / 0.0; `The soup was bad.` -0.5423 / 0.0 / 0.462 / 0.538).
@Suite struct StructuredInputTests {
    static let jsonl = "{\"id\": \"r1\", \"text\": \"The soup was good.\"}\n{\"text\": \"The soup was bad.\", \"id\": 42}\n"

    @Test func jsonLinesFromStandardInputCarryIDs() throws {
        let result = try TenorRunner.run(["tone", "--engine", "vader", "--input", "jsonl", "--id-field", "id", "--format", "tsv", "-"], input: Self.jsonl)
        #expect(result.status == 0)
        #expect(result.lines == [
            "id\tparagraph\tcompound\tpositive\tneutral\tnegative\tlabel",
            "r1\t1\t0.4404\t0.492\t0.508\t0.000\tpositive",
            "42\t2\t-0.5423\t0.000\t0.462\t0.538\tnegative",
        ])
        #expect(result.error.isEmpty)
    }

    /// JSON Lines output: each row's `id` among its keys. (Stats of `The soup was good.`: 4
    /// words, 1 sentence, 4 syllables.)
    @Test func idsInJSONRows() throws {
        let result = try TenorRunner.run(["stats", "--input", "jsonl", "--id-field", "id", "--format", "jsonl"], input: Self.jsonl)
        #expect(result.status == 0)
        let first = try JSONSerialization.jsonObject(with: Data(result.lines[0].utf8)) as? [String: Any]
        #expect(first?["id"] as? String == "r1")
        #expect(first?["words"] as? Int == 4)
        #expect(first?["syllables"] as? Int == 4)
    }

    @Test func csvWithQuotedTextAndIDs() throws {
        let csv = "id,text\nx,\"The soup was good.\"\ny,\"The soup\nwas bad.\"\n"
        let result = try TenorRunner.run(["tone", "--engine", "vader", "--input", "csv", "--id-column", "id", "--format", "csv"], input: csv)
        #expect(result.status == 0)
        #expect(result.lines == [
            "id,paragraph,compound,positive,neutral,negative,label",
            "x,1,0.4404,0.492,0.508,0.000,positive",
            "y,2,-0.5423,0.000,0.462,0.538,negative",
        ])
    }

    /// A bad line stops the run with exit status 2 before anything is written.
    @Test func aBadLineIsAnErrorNamingIt() throws {
        let result = try TenorRunner.run(["tone", "--input", "jsonl", "--format", "tsv"], input: Self.jsonl + "{\"text\": 5}\n")
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error == "tenor: standard input line 3 has a 'text' field that is a number, not a string; fix it, or pass --skip-bad-lines to skip bad records with a warning\n")
    }

    @Test func badLinesCanBeSkipped() throws {
        let result = try TenorRunner.run(["tone", "--engine", "vader", "--input", "jsonl", "--skip-bad-lines", "--format", "tsv"], input: "[]\n" + Self.jsonl)
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
        #expect(result.error.contains("standard input line 1 is not a JSON object"))
        #expect(result.error.contains("tenor: warning: skipped 1 bad record of standard input"))
    }

    /// Invalid UTF-8 inside a JSON string: an error naming the line, or U+FFFD with --lossy.
    @Test func invalidUTF8InsideAJSONString() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.jsonl", Data("{\"text\": \"fine\"}\n{\"text\": \"caf".utf8) + Data([0xE9]) + Data("\"}\n".utf8))
        // Offset: the first line is 17 bytes, `{"text": "caf` 13 more.
        let strict = try TenorRunner.run(["stats", "--input", "jsonl", "--format", "tsv", path])
        #expect(strict.status == 2)
        #expect(strict.error.contains("'\(path)' is not valid UTF-8 at line 2, byte offset 30"))
        let lossy = try TenorRunner.run(["tone", "--input", "jsonl", "--lossy", "--format", "jsonl", path])
        #expect(lossy.status == 0)
        #expect(lossy.lines.count == 2)
    }

    @Test func foldersGiveTheFormatsFiles() throws {
        let folder = try TemporaryFolder()
        _ = try folder.file("a.jsonl", Self.jsonl)
        _ = try folder.file("notes.txt", "Not read.\n")
        let result = try TenorRunner.run(["tone", "--input", "jsonl", "--format", "tsv", folder.url.path])
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
    }

    @Test func idsNeedStructuredInput() throws {
        let result = try TenorRunner.run(["tone", "--id-field", "id"], input: "Text.\n")
        #expect(result.status == 2)
        #expect(result.error.contains("--id-field names a field of structured input"))
    }
}
