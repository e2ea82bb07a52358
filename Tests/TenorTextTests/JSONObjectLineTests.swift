import Testing
import TenorText

@Suite struct JSONObjectLineTests {
    @Test func keepsTheFieldsAskedFor() throws {
        let line = #" {"id": 7, "text": "Caf\u00e9 \"ok\"\n\ud83d\ude00 \/", "label": -1.5e1, "tags": [1, {"a": [null, true]}], "x": false} "#
        let fields = try JSONObjectLine.fields(["text", "label", "x", "tags", "absent"], in: line)
        #expect(fields == ["text": .string("Café \"ok\"\n😀 /"), "label": .number(-15), "x": .bool(false), "tags": .container])
        #expect(try JSONObjectLine.fields(["a"], in: #"{"a": "first", "a": null}"#) == ["a": .null])
        #expect(try JSONObjectLine.fields(["a"], in: "{}") == [:])
    }

    /// Each line and where it goes wrong (characters counted from 1).
    @Test(arguments: [
        (#"[1, 2]"#, "character 1: expected an object, starting with {"),
        (#"{"a": 1"#, "character 8: expected , or } after a field"),
        (#"{"a": 1} x"#, "character 10: expected the end of the line after the object"),
        (#"{a: 1}"#, "character 2: expected a field name in double quotes"),
        (#"{"a" 1}"#, "character 6: expected : after the field name"),
        (#"{"a": 01}"#, "character 8: expected , or } after a field"),
        (#"{"a": 1.}"#, "character 9: expected digits after the decimal point"),
        (#"{"a": tru}"#, "character 7: expected a value"),
        (#"{"a": "\x"}"#, #"character 9: expected an escape such as \n, \" or \u00e9"#),
        (#"{"a": "\ud83d"}"#, #"character 14: expected a \u low surrogate after a high one"#),
        (#"{"a": "é"#, #"character 9: expected the closing " of the string"#),
        ("{\"a\": \"\t\"}", "character 8: expected no control character inside a string (write \\n, \\t or \\u00XX)"),
    ])
    func syntaxErrors(_ line: String, _ message: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONObjectLine.fields(["a"], in: line) }
        do {
            _ = try JSONObjectLine.fields(["a"], in: line)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func deepNestingIsRefused() {
        let line = "{\"a\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        #expect(throws: JSONSyntaxError.self) { try JSONObjectLine.fields(["a"], in: line) }
    }
}
