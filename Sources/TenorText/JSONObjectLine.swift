/// One JSON object (RFC 8259) read for a few of its top-level fields, as a JSON Lines reader
/// needs: every value is checked, the fields asked for are kept, nested arrays and objects are
/// only checked.
///
/// Written here rather than taken from Foundation: its JSON decoder would add about 3.6 MB to
/// the statically linked binary, a quarter of it, for reading two fields.
///
///     let fields = try JSONObjectLine.fields(["text", "label"], in: #"{"text": "Fine", "label": 2}"#)
///     fields["text"]   // .string("Fine")
///     fields["label"]  // .number(2)
public enum JSONObjectLine {
    /// A value as the reader keeps it.
    public enum Value: Equatable, Sendable {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        /// An array or object (checked, not kept).
        case container
    }

    /// The values of the top-level fields of `line` named in `names` (a repeated field: its last
    /// value), if `line` is one JSON object and nothing else.
    public static func fields(_ names: Set<String>, in line: some StringProtocol) throws(JSONSyntaxError) -> [String: Value] {
        var parser = Parser(bytes: Array(line.utf8))
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "{") else { throw parser.error("an object, starting with {") }
        var fields: [String: Value] = [:]
        try parser.object(depth: 0) { name, value in
            if names.contains(name) { fields[name] = value }
        }
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("the end of the line after the object") }
        return fields
    }

    /// Deeper nesting is refused rather than recursed into.
    static let deepestNesting = 512

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        func error(_ expected: String) -> JSONSyntaxError {
            JSONSyntaxError(character: String(decoding: bytes[..<index], as: UTF8.self).count + 1, expected: expected)
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ expected: String) throws(JSONSyntaxError) {
            guard peek == byte else { throw error(expected) }
            index += 1
        }

        /// An object at `{`, handing each member to `member`.
        mutating func object(depth: Int, member: (String, Value) -> Void) throws(JSONSyntaxError) {
            index += 1
            skipSpace()
            if peek == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                guard peek == UInt8(ascii: "\"") else { throw error("a field name in double quotes") }
                let name = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), ": after the field name")
                skipSpace()
                member(name, try value(depth: depth + 1))
                skipSpace()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return
                }
                try expect(UInt8(ascii: ","), ", or } after a field")
                skipSpace()
            }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> Value {
            guard depth < JSONObjectLine.deepestNesting else { throw error("less deeply nested values") }
            switch peek {
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "{"):
                try object(depth: depth) { _, _ in }
                return .container
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "]") {
                    index += 1
                    return .container
                }
                while true {
                    _ = try value(depth: depth + 1)
                    skipSpace()
                    if peek == UInt8(ascii: "]") {
                        index += 1
                        return .container
                    }
                    try expect(UInt8(ascii: ","), ", or ] after an element")
                    skipSpace()
                }
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: StaticString, _ value: Value) throws(JSONSyntaxError) -> Value {
            let length = word.utf8CodeUnitCount
            let spelling = UnsafeBufferPointer(start: word.utf8Start, count: length)
            guard index + length <= bytes.count, bytes[index..<(index + length)].elementsEqual(spelling) else {
                throw error("a value")
            }
            index += length
            return value
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() throws(JSONSyntaxError) -> Double {
            let start = index
            func digits(_ parser: inout Parser) -> Int {
                let first = parser.index
                while let byte = parser.peek, byte >= 0x30 && byte <= 0x39 { parser.index += 1 }
                return parser.index - first
            }
            if peek == UInt8(ascii: "-") { index += 1 }
            if peek == UInt8(ascii: "0") {
                index += 1
            } else if digits(&self) == 0 {
                index = start
                throw error("a value")
            }
            if peek == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw error("digits after the decimal point") }
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw error("digits in the exponent") }
            }
            // The grammar above is a subset of what Double parses.
            return Double(String(decoding: bytes[start..<index], as: UTF8.self))!
        }

        /// A string at `"`, its escapes resolved.
        mutating func string() throws(JSONSyntaxError) -> String {
            index += 1
            var text: [UInt8] = []
            while true {
                guard let byte = peek else { throw error("the closing \" of the string") }
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    try escape(into: &text)
                case ..<0x20:
                    index -= 1
                    throw error("no control character inside a string (write \\n, \\t or \\u00XX)")
                default:
                    text.append(byte)
                }
            }
        }

        mutating func escape(into text: inout [UInt8]) throws(JSONSyntaxError) {
            guard let byte = peek else { throw error("an escape after \\") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var value = try hexQuad()
                if (0xD800..<0xDC00).contains(value) {
                    // A high surrogate must be followed by an escaped low one.
                    guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                        throw error("a \\u low surrogate after a high one")
                    }
                    index += 2
                    let low = try hexQuad()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a low surrogate (\\uDC00–\\uDFFF)") }
                    value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { throw error("no lone low surrogate") }
                text.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                index -= 1
                throw error("an escape such as \\n, \\\" or \\u00e9")
            }
        }

        mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = peek, let digit = Self.hexDigit(byte) else { throw error("four hex digits after \\u") }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        static func hexDigit(_ byte: UInt8) -> UInt32? {
            switch byte {
            case 0x30...0x39: UInt32(byte - 0x30)
            case 0x41...0x46: UInt32(byte - 0x41 + 10)
            case 0x61...0x66: UInt32(byte - 0x61 + 10)
            default: nil
            }
        }
    }
}

/// Text that is not the JSON expected: where (the 1-based character in the line) and what was
/// expected there.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
    public let character: Int
    public let expected: String

    public var description: String { "character \(character): expected \(expected)" }
}
