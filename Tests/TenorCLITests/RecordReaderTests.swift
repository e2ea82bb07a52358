import Testing
@testable import TenorCLI

/// JSON Lines, CSV and TSV read in-process: the texts and ids each record gives, and the
/// message each kind of bad record gets.
@Suite struct RecordReaderTests {
    static let path = BytePath(argument: "in.data")

    static func read(_ text: String, _ format: InputFormat, id: String? = "id", textField: String = "text",
                     lossy: Bool = false, skip: Bool = false, limit: Int = RecordReader.defaultLimit) throws(CLIError) -> RecordReader.Records {
        var reader = RecordReader(format: format, textField: textField, idField: id, lossy: lossy, skipBadLines: skip)
        reader.limit = limit
        return try reader.records(in: Array(text.utf8), from: path)
    }

    static func texts(_ records: RecordReader.Records) -> [String] {
        records.document.paragraphs.map(records.document.string)
    }

    /// The message of the error reading `text` gives.
    static func failure(_ text: String, _ format: InputFormat, id: String? = nil, lossy: Bool = false, limit: Int = RecordReader.defaultLimit) -> String? {
        do {
            _ = try read(text, format, id: id, lossy: lossy, limit: limit)
            return nil
        } catch {
            return error.exitStatus == 2 ? error.description : "exit \(error.exitStatus): \(error.description)"
        }
    }

    @Test func jsonLinesGiveTextsAndIDs() throws {
        let input = """
            {"id": 7, "meta": {"tags": ["a", {"b": null}], "n": -1.5e3}, "text": "Caf\\u00e9 \\"open\\"\\nnow \\ud83d\\ude00"}

            {"text": "  second  ", "id": "b-2", "flag": true}\r
            {"id": false, "text": "third", "text": "last one wins"}
            """
        let records = try Self.read(input, .jsonl)
        #expect(Self.texts(records) == ["Café \"open\"\nnow 😀", "second", "last one wins"])
        #expect(records.ids == ["7", "b-2", "false"])
        #expect(records.skipped == 0)
    }

    @Test func emptyTextsAreNoUnits() throws {
        let records = try Self.read("{\"id\": 1, \"text\": \" \"}\n{\"id\": 2, \"text\": \"kept\"}\n", .jsonl)
        #expect(Self.texts(records) == ["kept"])
        #expect(records.ids == ["2"])
    }

    @Test(arguments: [
        ("{\"text\": \"a\"}\n[1, 2]\n", "'in.data' line 2 is not a JSON object (one {…} a line is expected)"),
        ("\n\n{\"body\": \"a\"}\n", "'in.data' line 3 has no 'text' field; name the text's field with --text-field"),
        ("{\"text\": 3}\n", "'in.data' line 1 has a 'text' field that is a number, not a string"),
        ("{\"text\": null}\n", "'in.data' line 1 has a 'text' field that is null, not a string"),
        ("{\"text\": \"a\"} x\n", "'in.data' line 1 has more after its JSON object, at column 15 (one object a line is expected)"),
        ("{\"text\": \"a\", }\n", "'in.data' line 1 is not valid JSON at column 15: a field name in quotes was expected, not '}'"),
        ("{\"text\": \"a\\q\"}\n", "'in.data' line 1 has an invalid escape '\\q' at column 12"),
        ("{\"text\": \"a\tb\"}\n", "'in.data' line 1 has a control character (0x9) inside a JSON string at column 12"),
        ("{\"text\": \"a\", \"n\": 01}\n", "'in.data' line 1 is not valid JSON at column 20: a JSON value was expected, not '0'"),
        ("{\"text\": \"whole\"}\n{\"text\": \"cut sh", "'in.data' line 2 ends inside a JSON string (a closing '\"' is missing), where the input ends: it may be cut short"),
        ("{\"text\": \"whole\"}\n{\"text\": \"cut\"", "'in.data' line 2 ends inside its JSON object (',' or '}' after a value was expected), where the input ends: it may be cut short"),
    ])
    func badJSONLinesAreNamed(input: String, message: String) {
        let failure = Self.failure(input, .jsonl)
        #expect(failure?.hasPrefix(message) == true, "\(failure ?? "no error")")
        #expect(failure?.hasSuffix("; fix it, or pass --skip-bad-lines to skip bad records with a warning") == true)
    }

    @Test func idsMustBeThere() {
        #expect(Self.failure("{\"text\": \"a\"}\n", .jsonl, id: "id")?.hasPrefix("'in.data' line 1 has no 'id' field; name the id's field with --id-field") == true)
        #expect(Self.failure("{\"text\": \"a\", \"id\": [1]}\n", .jsonl, id: "id")?.hasPrefix("'in.data' line 1 has a 'id' field that is an array, not a string or number") == true)
    }

    /// A lone surrogate escape is no character: refused, or U+FFFD with --lossy.
    @Test func loneSurrogates() throws {
        let input = "{\"text\": \"a\\ud800b\"}\n"
        #expect(Self.failure(input, .jsonl)?.contains("lone UTF-16 surrogate escape (\\ud800)") == true)
        #expect(Self.texts(try Self.read(input, .jsonl, id: nil, lossy: true)) == ["a\u{FFFD}b"])
    }

    @Test func recordsOverTheLimitAreRefused() {
        let long = "{\"text\": \"" + String(repeating: "a", count: 100) + "\"}\n"
        #expect(Self.failure(long, .jsonl, limit: 64)?.hasPrefix("'in.data' line 1 is longer than 64 bytes, the most Tenor reads as one record") == true)
        #expect(Self.failure("text\n\"" + String(repeating: "a", count: 100) + "\"\n", .csv, limit: 64)?
            .hasPrefix("'in.data' line 2 is longer than 64 bytes") == true)
        #expect(Self.failure("text\n" + String(repeating: "a", count: 100) + "\n", .csv, limit: 64)?
            .hasPrefix("'in.data' line 2 is longer than 64 bytes") == true)
    }

    @Test func badRecordsAreSkippedWhenAsked() throws {
        let records = try Self.read("{\"text\": \"one\"}\nnot json\n{\"text\": 2}\n{\"text\": \"four\"}\n", .jsonl, id: nil, skip: true)
        #expect(Self.texts(records) == ["one", "four"])
        #expect(records.skipped == 2)
        let rows = try Self.read("id,text\n1,one\n2,two,extra\n3,\"never closes\n4,four\n", .csv, skip: true)
        // The unterminated quote is skipped to its line's end, so row 4 is read again.
        #expect(Self.texts(rows) == ["one", "four"])
        #expect(rows.ids == ["1", "4"])
        #expect(rows.skipped == 2)
    }

    /// RFC 4180: quoted fields with separators, doubled quotes and line breaks inside; CR LF line
    /// ends; a last row without one; blank lines are no rows.
    @Test func csvFollowsRFC4180() throws {
        let input = "id,text,note\r\n1,\"Hello, \"\"world\"\"\",x\r\n\r\n2,\"two\nlines\",\r\n3,plain \"quote\" kept,\"\"\r\n4,last,y"
        let records = try Self.read(input, .csv)
        #expect(Self.texts(records) == ["Hello, \"world\"", "two\nlines", "plain \"quote\" kept", "last"])
        #expect(records.ids == ["1", "2", "3", "4"])
    }

    /// Line numbers count the lines inside quoted fields and blank lines.
    @Test(arguments: [
        ("id,text\n1,\"a\nb\nc\"\n\n2,x,y\n", "'in.data' line 6 has 3 fields where the header has 2"),
        ("id,text\n1,\"a\"b\n", "'in.data' line 2 has text after the closing quote of field 2"),
        ("id,text\n1,ok\n2,\"open\nand on", "'in.data' line 3 has a quoted field that never closes (a '\"' is missing), where the input ends: it may be cut short"),
        ("id,text\n1,ok\n2", "'in.data' line 3 has 1 field where the header has 2, where the input ends: it may be cut short"),
        ("id,body\n1,ok\n", "'in.data' has no column 'text' in its header ('id', 'body'); name the column with --text-column"),
    ])
    func badCSVRowsAreNamed(input: String, message: String) {
        let failure = Self.failure(input, .csv)
        #expect(failure?.hasPrefix(message) == true, "\(failure ?? "no error")")
    }

    @Test func tsvIsCSVWithTabs() throws {
        let records = try Self.read("text\tid\nfirst, with a comma\ta\n\"quoted\ttab\"\tb\n", .tsv)
        #expect(Self.texts(records) == ["first, with a comma", "quoted\ttab"])
        #expect(records.ids == ["a", "b"])
    }

    @Test func textFieldsAndColumnsCanBeNamed() throws {
        #expect(Self.texts(try Self.read("{\"body\": \"b\", \"text\": \"t\"}\n", .jsonl, id: nil, textField: "body")) == ["b"])
        #expect(Self.texts(try Self.read("body,text\nb,t\n", .csv, id: nil, textField: "body")) == ["b"])
        #expect(try Self.read("", .csv).document.paragraphs.isEmpty)
    }
}
