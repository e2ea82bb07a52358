/// The word → syllable count table, an open-addressing hash table over UTF-8 bytes.
///
/// Built once from the `Lexicons/` text; every word's bytes are copied into one buffer and the
/// slots hold packed references into it, so a lookup hashes and compares bytes without creating
/// a `String` or any other allocation.
struct SyllableTable: Sendable {
    /// All words, back to back.
    private let bytes: [UInt8]
    /// 0 for an empty slot; otherwise `offset << 32 | tag << 16 | length << 8 | syllables`, where
    /// `tag` is 16 bits of the hash that rule out most mismatches before any byte is compared.
    private let slots: [UInt64]
    /// The number of words in the table.
    let count: Int

    /// Parses `<word><TAB><count>` lines, skipping `# ` comments and lines that are not entries.
    /// The first line for a word wins; words longer than 255 bytes and counts above 255 are skipped.
    init(parsing text: String) {
        var text = text
        var entries: [(start: Int, length: Int, syllables: Int)] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        text.withUTF8 { utf8 in
            var lineStart = 0
            while lineStart < utf8.count {
                let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
                defer { lineStart = lineEnd + 1 }
                let line = utf8[lineStart ..< lineEnd]
                guard line.first != UInt8(ascii: "#"),
                      let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                      let syllables = Self.decimal(line[(tab + 1)...]), syllables <= 255,
                      tab > lineStart, tab - lineStart <= 255
                else { continue }
                entries.append((bytes.count, tab - lineStart, syllables))
                bytes.append(contentsOf: line[..<tab])
            }
        }
        // A load factor of at most 1/2 keeps probe sequences short.
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var stored = 0
        bytes.withUnsafeBufferPointer { all in
            for entry in entries {
                let word = UnsafeBufferPointer(rebasing: all[entry.start ..< entry.start + entry.length])
                let hash = Self.hash(word)
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[slot] != 0 {
                    if Self.matches(slots[slot], word, hash: hash, in: all) { break }
                    slot = (slot + 1) & (capacity - 1)
                }
                guard slots[slot] == 0 else { continue }
                slots[slot] = UInt64(entry.start) << 32 | Self.tag(hash) << 16
                    | UInt64(entry.length) << 8 | UInt64(entry.syllables)
                stored += 1
            }
        }
        self.bytes = bytes
        self.slots = slots
        self.count = stored
    }

    /// The syllable count stored for `word` (exact bytes), or nil.
    func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard count > 0, !word.isEmpty, word.count <= 255 else { return nil }
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let packed = slots[slot]
                if packed == 0 { return nil }
                if Self.matches(packed, word, hash: hash, in: all) { return Int(packed & 0xFF) }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func matches(_ packed: UInt64, _ word: UnsafeBufferPointer<UInt8>, hash: UInt64,
                                in all: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (packed >> 16) & 0xFFFF == tag(hash), Int((packed >> 8) & 0xFF) == word.count else { return false }
        let start = Int(packed >> 32)
        return all[start ..< start + word.count].elementsEqual(word)
    }

    /// FNV-1a, 64 bits: simple, and good enough for short words.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hash bits not used to pick the slot (the table never has 2^48 slots).
    private static func tag(_ hash: UInt64) -> UInt64 { hash >> 48 }

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
