/// Reads the text (and id) of one JSON Lines record: a JSON object on one line, of which only
/// two fields matter. A scanner of its own rather than Foundation's `JSONDecoder` or
/// `JSONSerialization`: it copies the text's bytes straight into the document, skips other
/// fields without building them, and names what is wrong with a line (measured in
/// Documentation/commands.md, "Structured input").
///
/// The whole line is checked as JSON (RFC 8259), so a line that is not one object, or has
/// anything after it, is refused. A repeated field counts its last value, as Python's `json` does.
struct JSONLineScanner {
    /// The field holding the text, as UTF-8.
    let textField: [UInt8]
    /// The field holding the id, when ids are wanted.
    let idField: [UInt8]?
    /// Replace a lone UTF-16 surrogate escape (`\ud800`) with U+FFFD instead of refusing it.
    let lossy: Bool

    /// Scans `line` (without its line end), appending the decoded text to `text`.
    ///
    /// - Returns: the id, when `idField` is set: a string's value, or a number or `true`/`false`
    ///   as written.
    /// - Throws: what is wrong with the line; `text` may then hold part of the text.
    func scan(_ line: UnsafeBufferPointer<UInt8>, into text: inout [UInt8]) throws(RecordProblem) -> String? {
        var cursor = Cursor(bytes: line, lossy: lossy)
        cursor.skipSpace()
        guard cursor.peek == UInt8(ascii: "{") else { throw RecordProblem("is not a JSON object (one {…} a line is expected)") }
        cursor.index += 1
        var key: [UInt8] = []
        var foundText = false
        var id: String?
        let start = text.count
        cursor.skipSpace()
        if cursor.peek == UInt8(ascii: "}") {
            cursor.index += 1
        } else {
            while true {
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.unexpected("a field name in quotes") }
                key.removeAll(keepingCapacity: true)
                try cursor.string(into: &key)
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: ":") else { throw cursor.unexpected("':' after a field name") }
                cursor.index += 1
                cursor.skipSpace()
                if key == textField {
                    guard cursor.peek == UInt8(ascii: "\"") else {
                        throw RecordProblem("has a \(Self.quoted(textField)) field that is \(cursor.kindOfValue), not a string")
                    }
                    // A field named twice: the last one is the text, as JSON parsers read it.
                    text.removeSubrange(start...)
                    try cursor.string(into: &text)
                    foundText = true
                } else if let idField, key == idField {
                    id = try cursor.idValue(named: idField)
                } else {
                    try cursor.skipValue()
                }
                cursor.skipSpace()
                if cursor.peek == UInt8(ascii: ",") { cursor.index += 1; continue }
                guard cursor.peek == UInt8(ascii: "}") else { throw cursor.unexpected("',' or '}' after a value") }
                cursor.index += 1
                break
            }
        }
        cursor.skipSpace()
        guard cursor.atEnd else { throw RecordProblem("has more after its JSON object, at column \(cursor.index + 1) (one object a line is expected)") }
        guard foundText else { throw RecordProblem("has no \(Self.quoted(textField)) field; name the text's field with --text-field") }
        if let idField, id == nil { throw RecordProblem("has no \(Self.quoted(idField)) field; name the id's field with --id-field") }
        return id
    }

    static func quoted(_ field: [UInt8]) -> String { "'\(String(decoding: field, as: UTF8.self))'" }

    /// A position in one line.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let lossy: Bool
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, lossy: Bool) {
            self.bytes = bytes
            self.lossy = lossy
        }

        var atEnd: Bool { index >= bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D { index += 1 }
        }

        /// What was found instead of `expected`.
        func unexpected(_ expected: String) -> RecordProblem {
            guard let byte = peek else { return RecordProblem("ends inside its JSON object (\(expected) was expected)", incomplete: true) }
            let found = byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
            return RecordProblem("is not valid JSON at column \(index + 1): \(expected) was expected, not \(found)")
        }

        /// The JSON kind of the value at the cursor, for messages.
        var kindOfValue: String {
            switch peek {
            case UInt8(ascii: "{"): "an object"
            case UInt8(ascii: "["): "an array"
            case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
            case UInt8(ascii: "n"): "null"
            case nil: "missing"
            default: "a number"
            }
        }

        /// An id: a string's value, or a number or boolean as written.
        mutating func idValue(named field: [UInt8]) throws(RecordProblem) -> String {
            if peek == UInt8(ascii: "\"") {
                var value: [UInt8] = []
                try string(into: &value)
                return String(decoding: value, as: UTF8.self)
            }
            guard let byte = peek, byte != UInt8(ascii: "{"), byte != UInt8(ascii: "["), byte != UInt8(ascii: "n") else {
                throw RecordProblem("has a \(JSONLineScanner.quoted(field)) field that is \(kindOfValue), not a string or number")
            }
            let start = index
            try skipValue()
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        /// Decodes the string at the cursor (at its opening quote) into `output`.
        mutating func string(into output: inout [UInt8]) throws(RecordProblem) {
            index += 1
            while true {
                // Copy the run of plain bytes up to the next quote, backslash or control byte.
                let runStart = index
                while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x5C, bytes[index] >= 0x20 { index += 1 }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard let byte = peek else { throw RecordProblem("ends inside a JSON string (a closing '\"' is missing)", incomplete: true) }
                switch byte {
                case 0x22:
                    index += 1
                    return
                case 0x5C:
                    try escape(into: &output)
                default:
                    throw RecordProblem("has a control character (0x\(String(byte, radix: 16))) inside a JSON string at column \(index + 1); JSON writes it as an escape such as \\n")
                }
            }
        }

        /// Decodes the escape at the cursor (at its backslash).
        private mutating func escape(into output: inout [UInt8]) throws(RecordProblem) {
            index += 1
            guard let letter = peek else { throw RecordProblem("ends inside a JSON string (a closing '\"' is missing)", incomplete: true) }
            index += 1
            if let byte = Self.escaped(letter) {
                output.append(byte)
                return
            }
            guard letter == UInt8(ascii: "u") else { throw RecordProblem("has an invalid escape '\\\(Character(Unicode.Scalar(letter)))' at column \(index - 1)") }
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar), bytes[index...].starts(with: [0x5C, 0x75]) {
                let resume = index
                index += 2
                let low = try hex4()
                if (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = resume
                }
            }
            guard let decoded = Unicode.Scalar(scalar) else {
                guard lossy else {
                    throw RecordProblem("has a lone UTF-16 surrogate escape (\\u\(String(scalar, radix: 16))) at column \(index - 5), which is no character; fix it, or pass --lossy to read it as U+FFFD")
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                return
            }
            output.append(contentsOf: String(decoded).utf8)
        }

        /// The byte a one-letter escape (`\n`, `\"`) stands for.
        private static func escaped(_ letter: UInt8) -> UInt8? {
            switch letter {
            case 0x22, 0x5C, 0x2F: letter
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        }

        private mutating func hex4() throws(RecordProblem) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = peek, let digit = Self.hexValue(byte) else {
                    throw RecordProblem("has an invalid \\u escape at column \(index + 1): four hexadecimal digits are expected")
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        /// Moves past one JSON value, checking it.
        mutating func skipValue() throws(RecordProblem) {
            var ignored: [UInt8] = []
            switch peek {
            case UInt8(ascii: "\""):
                try string(into: &ignored)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = peek == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                index += 1
                skipSpace()
                if peek == close { index += 1; return }
                while true {
                    skipSpace()
                    if isObject {
                        guard peek == UInt8(ascii: "\"") else { throw unexpected("a field name in quotes") }
                        try string(into: &ignored)
                        skipSpace()
                        guard peek == UInt8(ascii: ":") else { throw unexpected("':' after a field name") }
                        index += 1
                        skipSpace()
                    }
                    try skipValue()
                    skipSpace()
                    if peek == UInt8(ascii: ",") { index += 1; continue }
                    guard peek == close else { throw unexpected("',' or '\(Character(Unicode.Scalar(close)))'") }
                    index += 1
                    return
                }
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: try number()
            }
        }

        private mutating func literal(_ word: StaticString) throws(RecordProblem) {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes[index...].starts(with: expected) else { throw unexpected("a JSON value") }
            index += expected.count
        }

        /// A number as JSON writes it: `-`, digits without a leading zero, `.digits`, exponent.
        private mutating func number() throws(RecordProblem) {
            let start = index
            func digits(_ cursor: inout Cursor) -> Int {
                let from = cursor.index
                while let byte = cursor.peek, byte >= 0x30, byte <= 0x39 { cursor.index += 1 }
                return cursor.index - from
            }
            if peek == UInt8(ascii: "-") { index += 1 }
            let integerStart = index
            let integerDigits = digits(&self)
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else {
                index = start
                throw unexpected("a JSON value")
            }
            if peek == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw unexpected("a digit after '.'") }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw unexpected("a digit in the exponent") }
            }
        }
    }
}
