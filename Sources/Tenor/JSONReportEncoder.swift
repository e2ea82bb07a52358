import TenorSupport

/// The JSON contract of every report: the one encoder the `tenor` command writes with, so a
/// library user gets the same bytes.
///
/// - Keys are the properties' names in snake_case (`readingGrade` → `reading_grade`).
/// - An object lists `schema_version`, `file`, `paragraph` and `sentence` first (those it has),
///   then its other keys in alphabetical order, and `files` (a report's totals per file) last:
///   the same value always prints the same bytes, a row reads from where it is to what it
///   measures, and a report's rows come before the totals made from them, so it can be written
///   while its input is still being read.
/// - Nil optionals are left out; doubles print in Swift's shortest round-trip form, a whole
///   double without a fraction (`7`, as `JSONEncoder` does); NaN and infinity print `null`.
///
/// It is written for speed: Foundation's `JSONEncoder` spends ~100 µs per paragraph object of a
/// report, which is minutes for a corpus.
///
///     let json = try JSONReportEncoder().string(ToneAnalysis().report(documents))
public struct JSONReportEncoder: Sendable {
    /// Indented, one key a line (`tenor --format json`); compact otherwise (one JSON Lines row).
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The JSON of `value`.
    public func string(_ value: some Encodable) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    /// The keys an object starts with, in this order, when it has them.
    static let leadingKeys = ["schema_version", "file", "paragraph", "sentence"]
    /// The key an object ends with: the totals per file, known only when every row is.
    static let trailingKey = "files"

    /// The JSON of `value` as UTF-8, laid out as if it started `indent` spaces in.
    public func bytes(_ value: some Encodable, indent: Int = 0) throws -> [UInt8] {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var output: [UInt8] = []
        write(encoder.box, indent: indent, to: &output)
        return output
    }

    /// The JSON of `value` cut inside its top-level array `key`: the text up to the array's `[`,
    /// and from its `]` to the end. Elements go between them, one ``elementLines(_:)`` line
    /// each, separated by commas (an empty line when there are none). A report's long array of
    /// rows is thus encoded row by row, in parallel, and written as the rows come, and no tree
    /// of the whole report is ever built (that takes gigabytes for a corpus). `value` must
    /// encode `key` as an empty array.
    package func frame(_ value: some Encodable, around key: String) throws -> (opening: String, closing: String) {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        guard let field = encoder.box.fields.first(where: { $0.key == key }) else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "no top-level key \(key)"))
        }
        field.value.node = .cut
        var output: [UInt8] = []
        var lines: [String] = []
        write(encoder.box, indent: 0, to: &output, lines: &lines)
        return (lines[0], String(decoding: output, as: UTF8.self))
    }

    /// Each element's JSON on a line of its own, laid out as an element of a top-level array
    /// (encoded in parallel).
    package func elementLines<Element: Encodable & Sendable>(_ elements: [Element]) throws -> [String] {
        let pretty = pretty
        let padding = pretty ? "    " : ""
        let encoded = parallelArray(elements.count) { index in
            Result { padding + String(decoding: try JSONReportEncoder(pretty: pretty).bytes(elements[index], indent: 4), as: UTF8.self) }
        }
        var lines: [String] = []
        lines.reserveCapacity(encoded.count)
        for line in encoded { lines.append(try line.get()) }
        return lines
    }

    /// Element lines as they stand between a ``frame(_:around:)``'s two parts: a comma after
    /// each but the last, and an empty line for no elements (as an empty array prints).
    package static func separated(_ elements: [String]) -> [String] {
        guard !elements.isEmpty else { return [""] }
        return elements.indices.map { elements[$0] + ($0 < elements.count - 1 ? "," : "") }
    }

    private func write(_ box: NodeBox, indent: Int, to output: inout [UInt8]) {
        var lines: [String] = []
        write(box, indent: indent, to: &output, lines: &lines)
    }

    /// Writes `box`; spliced elements are handed over as whole lines through `lines` (what was
    /// written before them becomes a line too) instead of being copied into `output`.
    private func write(_ box: NodeBox, indent: Int, to output: inout [UInt8], lines: inout [String]) {
        switch box.node ?? .null {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .integer(let value): output += String(value).utf8
        case .number(let value): output += Self.number(value).utf8
        case .string(let value): Self.writeString(value, to: &output)
        case .cut:
            // What was written so far is the frame's opening; the rest, its closing.
            output.append(UInt8(ascii: "["))
            lines.append(String(decoding: output, as: UTF8.self))
            output.removeAll()
            output.append(contentsOf: repeatElement(0x20, count: pretty ? indent : 0))
            output.append(UInt8(ascii: "]"))
        case .array:
            let boxes = box.items
            guard !boxes.isEmpty else { output += (pretty ? "[\n\n" + String(repeating: " ", count: indent) + "]" : "[]").utf8; return }
            output.append(UInt8(ascii: "["))
            for (index, box) in boxes.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 2, &output)
                write(box, indent: indent + 2, to: &output, lines: &lines)
            }
            newline(indent, &output)
            output.append(UInt8(ascii: "]"))
        case .object:
            let present = box.fields.filter { $0.value.node != nil }.sorted(by: Self.keyOrder)
            guard !present.isEmpty else { output += (pretty ? "{\n\n" + String(repeating: " ", count: indent) + "}" : "{}").utf8; return }
            output.append(UInt8(ascii: "{"))
            for (index, field) in present.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 2, &output)
                Self.writeString(field.key, to: &output)
                output += (pretty ? " : " : ":").utf8
                write(field.value, indent: indent + 2, to: &output, lines: &lines)
            }
            newline(indent, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// The documented order: the leading keys first, in their order, then the rest by bytes,
    /// then the trailing key.
    private static func keyOrder(_ a: (key: String, value: NodeBox), _ b: (key: String, value: NodeBox)) -> Bool {
        switch (leadingKeys.firstIndex(of: a.key), leadingKeys.firstIndex(of: b.key)) {
        case let (first?, second?): first < second
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil) where a.key == trailingKey || b.key == trailingKey: b.key == trailingKey && a.key != trailingKey
        case (nil, nil): a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }
    }

    private func newline(_ indent: Int, _ output: inout [UInt8]) {
        guard pretty else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent))
    }

    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// A JSON string with every control character escaped: C0 as JSON requires, and DEL and
    /// C1 (U+0080–009F: CSI, NEL) too, which JSON allows raw but a terminal would obey.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(0x22)
        let bytes = value.utf8
        // Plain text (no quotes, backslashes or controls) goes in whole. C1 is encoded C2 80–9F.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
            output += bytes
        } else {
            var index = bytes.startIndex
            while index != bytes.endIndex {
                let byte = bytes[index]
                index = bytes.index(after: index)
                switch byte {
                case 0x22: output += "\\\"".utf8
                case 0x5C: output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                case ..<0x20, 0x7F: appendEscaped(UInt16(byte), to: &output)
                case 0xC2 where index != bytes.endIndex && (0x80...0x9F).contains(bytes[index]):
                    appendEscaped(UInt16(bytes[index]), to: &output)
                    index = bytes.index(after: index)
                default: output.append(byte)
                }
            }
        }
        output.append(0x22)
    }

    /// `\u00XX` for a code point below 0x100.
    private static func appendEscaped(_ value: UInt16, to output: inout [UInt8]) {
        let hex = String(value, radix: 16)
        output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
    }
}

/// The value being built, set by whichever container encodes into it. Objects and arrays grow
/// in place here (an array inside an enum payload would be copied on every append).
private final class NodeBox {
    var node: JSONNode?
    var fields: [(key: String, value: NodeBox)] = []
    var items: [NodeBox] = []
    init(_ node: JSONNode? = nil) { self.node = node }
}

private enum JSONNode {
    case null, bool(Bool), integer(Int64), number(Double), string(String)
    /// The elements are the box's `items`.
    case array
    /// The members are the box's `fields`.
    case object
    /// An array whose elements are written apart (``JSONReportEncoder/frame(_:around:)``).
    case cut
}

/// An `Encoder` that builds a ``JSONNode`` tree.
private final class TreeEncoder: Encoder {
    let box: NodeBox
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(box: NodeBox = NodeBox()) { self.box = box }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.node {} else { box.node = .object }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.node {} else { box.node = .array }
        return UnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(box: box) }

    /// The node for a value: primitives directly, anything else through its own `encode(to:)`.
    static func node(_ value: some Encodable) throws -> NodeBox {
        switch value {
        case let string as String: return NodeBox(.string(string))
        case let bool as Bool: return NodeBox(.bool(bool))
        case let int as Int: return NodeBox(.integer(Int64(int)))
        case let double as Double: return NodeBox(double.isFinite ? .number(double) : .null)
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            return encoder.box
        }
    }

    /// `camelCase` → `camel_case`, as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` does
    /// for the keys this program uses.
    static func snakeCase(_ key: String) -> String {
        // Keys are ASCII identifiers: work on bytes, not Characters.
        guard key.utf8.contains(where: { $0 &- 0x41 < 26 }) else { return key }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count + 4)
        for byte in key.utf8 {
            if byte &- 0x41 < 26 {
                if !bytes.isEmpty { bytes.append(0x5F) }
                bytes.append(byte | 0x20)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: NodeBox
    var codingPath: [any CodingKey] { [] }

    private func set(_ child: NodeBox, for key: Key) {
        box.fields.append((TreeEncoder.snakeCase(key.stringValue), child))
    }

    mutating func encodeNil(forKey key: Key) throws { set(NodeBox(.null), for: key) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { set(try TreeEncoder.node(value), for: key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeBox(.object)
        set(child, for: key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = NodeBox(.array)
        set(child, for: key)
        return UnkeyedContainer(box: child)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = NodeBox()
        set(child, for: key)
        return TreeEncoder(box: child)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: NodeBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    private func append(_ child: NodeBox) {
        box.items.append(child)
    }

    mutating func encodeNil() throws { append(NodeBox(.null)) }
    mutating func encode(_ value: some Encodable) throws { append(try TreeEncoder.node(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeBox(.object)
        append(child)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = NodeBox(.array)
        append(child)
        return UnkeyedContainer(box: child)
    }

    mutating func superEncoder() -> any Encoder {
        let child = NodeBox()
        append(child)
        return TreeEncoder(box: child)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: NodeBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { box.node = .null }
    mutating func encode(_ value: some Encodable) throws {
        let encoded = try TreeEncoder.node(value)
        box.node = encoded.node
        box.fields = encoded.fields
        box.items = encoded.items
    }
}
