/// What the tenor engine does to a text before reading its words: HTML entities decoded
/// (`&lt;3` is the emoticon `<3`) and curly apostrophes made straight (`don’t` negates), each
/// when its ``ToneRules`` switch is off.
enum TextPreparation {
    /// The named entities decoded: the ones text copied from web pages holds.
    static let namedEntities: [[UInt8]: [UInt8]] = [
        Array("amp".utf8): Array("&".utf8), Array("lt".utf8): Array("<".utf8), Array("gt".utf8): Array(">".utf8),
        Array("quot".utf8): Array("\"".utf8), Array("apos".utf8): Array("'".utf8), Array("nbsp".utf8): Array("\u{A0}".utf8),
    ]
    /// An entity longer than this (between `&` and `;`) is no entity decoded here.
    static let longestEntity = 10

    /// `text[range]` prepared, or nil when the rules change nothing there.
    ///
    /// - Complexity: O(n).
    static func prepared(_ text: UnsafeBufferPointer<UInt8>, range: Range<Int>, rules: ToneRules) -> [UInt8]? {
        let entities = !rules.htmlEntitiesKept
        let apostrophes = !rules.asciiApostropheOnly
        guard entities || apostrophes else { return nil }
        // Most texts hold neither: find that out in one tight pass.
        guard let first = firstCandidate(in: text, range: range) else { return nil }
        var result: [UInt8] = []
        // Bytes before `copied` are in `result` (once something changed).
        var copied = range.lowerBound
        var index = first
        while index < range.upperBound {
            let byte = text[index]
            var replacement: (bytes: [UInt8], end: Int)?
            if byte == 0x26 && entities {
                replacement = entity(in: text, at: index, limit: range.upperBound)
            } else if apostrophes && (byte == 0xE2 || byte == 0xCA) {
                replacement = apostrophe(in: text, at: index, limit: range.upperBound)
            }
            guard let (bytes, end) = replacement else {
                index += 1
                continue
            }
            if result.isEmpty { result.reserveCapacity(range.count) }
            result += text[copied..<index]
            result += bytes
            index = end
            copied = end
        }
        guard copied != range.lowerBound else { return nil }
        result += text[copied..<range.upperBound]
        return result
    }

    /// The first `&`, 0xE2 or 0xCA byte in `text[range]` (where an entity or a curly apostrophe
    /// may start). Eight bytes at a time: a word of ASCII bytes without `&` is passed over in a
    /// few instructions, where a byte-by-byte test took thirteen a byte, 5% of scoring.
    static func firstCandidate(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        func isCandidate(_ byte: UInt8) -> Bool { byte == 0x26 || byte == 0xE2 || byte == 0xCA }
        let raw = UnsafeRawPointer(text.baseAddress!)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte of 0x80 or more, or a byte equal to `&` (zero after the xor).
            let ampersands = word ^ 0x2626_2626_2626_2626
            let zeroByte = (ampersands &- 0x0101_0101_0101_0101) & ~ampersands & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | zeroByte != 0,
               let found = (index..<(index + 8)).first(where: { isCandidate(text[$0]) }) {
                return found
            }
            index += 8
        }
        return (index..<range.upperBound).first { isCandidate(text[$0]) }
    }

    /// `’` (E2 80 99), `‘` (E2 80 98) or `ʼ` (CA BC) at `index` as `'`.
    private static func apostrophe(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> (bytes: [UInt8], end: Int)? {
        if text[index] == 0xCA {
            return index + 1 < limit && text[index + 1] == 0xBC ? ([0x27], index + 2) : nil
        }
        guard index + 2 < limit, text[index + 1] == 0x80, text[index + 2] == 0x98 || text[index + 2] == 0x99 else { return nil }
        return ([0x27], index + 3)
    }

    /// The entity `&…;` at `index` decoded: a named one of ``namedEntities``, or `&#N;` /
    /// `&#xH;` naming a Unicode scalar value other than U+0000.
    private static func entity(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> (bytes: [UInt8], end: Int)? {
        let start = index + 1
        var end = start
        while end < limit, end - start <= longestEntity, text[end] != 0x3B { end += 1 }
        guard end < limit, text[end] == 0x3B, end > start else { return nil }
        let name = Array(text[start..<end])
        if let bytes = namedEntities[name] { return (bytes, end + 1) }
        guard name[0] == 0x23, name.count > 1 else { return nil }
        let hexadecimal = name[1] == 0x78 || name[1] == 0x58
        let digits = name.dropFirst(hexadecimal ? 2 : 1)
        // (`UInt32(_:radix:)` would take a sign.)
        guard let first = digits.first, first != 0x2B, first != 0x2D, let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hexadecimal ? 16 : 10),
              value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (Array(String(Character(scalar)).utf8), end + 1)
    }
}
