import TenorVectorize
import TenorSupport

/// The word → syllable count table: the vectorizer's term table (UTF-8 bytes interned in an
/// open-addressing hash table) with each word's count as its payload, so a lookup of a word of
/// up to eight bytes reads one slot and one entry and never creates a `String`.
struct SyllableTable: Sendable {
    private var terms = TermTable(capacity: 1 << 17)

    /// The number of words in the table.
    var count: Int { terms.count }

    /// Parses the `Lexicons/` format: `#` comment lines, then `word<TAB>count` lines. Malformed
    /// lines are skipped; the first entry for a word wins.
    init(parsing text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var lineStart = 0
            while lineStart < utf8.count {
                let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
                defer { lineStart = lineEnd + 1 }
                let line = utf8[lineStart ..< lineEnd]
                guard line.first != UInt8(ascii: "#"),
                      let tab = line.firstIndex(of: UInt8(ascii: "\t")), tab > lineStart,
                      let syllables = Self.decimal(line[(tab + 1)...])
                else { continue }
                _ = terms.place(UnsafeBufferPointer(rebasing: utf8[lineStart ..< tab]), payload: UInt64(syllables))
            }
        }
    }

    func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !word.isEmpty, let position = terms.position(of: word) else { return nil }
        return Int(terms.payload(at: position))
    }

    private static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
