import TenorVectorize
import TenorSupport

/// The word → syllable count table: an open-addressing hash table whose 16-byte slot holds a
/// word's first eight bytes, its length, its count and where the rest of a longer word is kept,
/// so a look-up of a word of up to eight bytes reads one slot and nothing else.
///
/// One memory access a look-up matters here: most words a text repeats are answered by each
/// thread's ``SyllableMemo``, and the table is left with the rare ones, which are not in any
/// cache. (The vectorizer's `TermTable` takes two accesses, slot then entry, and a third and
/// fourth for a word longer than eight bytes.) The slots sit on huge pages where Linux gives
/// them, so those accesses do not also miss the TLB.
struct SyllableTable: Sendable {
    /// One word. `info`: the hash's top 16 bits << 48 | offset of the bytes past the eighth in
    /// `tails` << 16 | length << 8 | syllables; 0 for an empty slot (no word is empty).
    struct Slot {
        var prefix: UInt64
        var info: UInt64
    }

    private let storage: SlotStorage
    /// The bytes past the eighth of the words longer than eight bytes, one after another.
    private let tails: [UInt8]
    /// The number of words in the table.
    let count: Int

    /// Parses the `Lexicons/` format: `#` comment lines, then `word<TAB>count` lines. Malformed
    /// lines, words longer than 255 bytes and counts above 255 are skipped; the first entry for a
    /// word wins.
    init(parsing text: String) {
        var text = text
        let lines = text.withUTF8(Self.entries)
        var size = 16
        while size < lines.count * 2 { size <<= 1 }
        let storage = SlotStorage(count: size)
        var tails: [UInt8] = []
        var count = 0
        text.withUTF8 { utf8 in
            for (range, syllables) in lines {
                let word = UnsafeBufferPointer(rebasing: utf8[range])
                let prefix = TermTable.Key.prefix(of: word)
                let hash = TermTable.hash(word, prefix: prefix)
                var slot = Int(truncatingIfNeeded: hash) & (size - 1)
                var isNew = true
                while storage.slots[slot].info != 0 {
                    if Self.holds(storage.slots[slot], word, prefix: prefix, hash: hash, tails: tails) { isNew = false; break }
                    slot = (slot + 1) & (size - 1)
                }
                guard isNew else { continue }
                storage.slots[slot] = Slot(prefix: prefix, info: hash & 0xFFFF_0000_0000_0000 | UInt64(tails.count) << 16
                                                                | UInt64(word.count) << 8 | UInt64(syllables))
                if word.count > 8 { tails.append(contentsOf: word[8...]) }
                count += 1
            }
        }
        self.storage = storage
        self.tails = tails
        self.count = count
    }

    func syllables(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !word.isEmpty, word.count <= 255 else { return nil }
        let prefix = TermTable.Key.prefix(of: word)
        let hash = TermTable.hash(word, prefix: prefix)
        let slots = storage.slots
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let candidate = slots[slot]
            if candidate.info == 0 { return nil }
            if Self.holds(candidate, word, prefix: prefix, hash: hash, tails: tails) { return Int(candidate.info & 0xFF) }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Whether `slot` holds `word` (whose first eight bytes are `prefix`, whose hash is `hash`).
    @inline(__always)
    private static func holds(_ slot: Slot, _ word: UnsafeBufferPointer<UInt8>, prefix: UInt64, hash: UInt64, tails: [UInt8]) -> Bool {
        let expected = hash & 0xFFFF_0000_0000_0000 | UInt64(word.count) << 8
        guard slot.prefix == prefix, slot.info & 0xFFFF_0000_0000_FF00 == expected else { return false }
        guard word.count > 8 else { return true }
        let tail = Int(truncatingIfNeeded: slot.info >> 16) & 0xFFFF_FFFF
        return tails.withUnsafeBufferPointer { tails in
            UnsafeBufferPointer(rebasing: tails[tail ..< tail + word.count - 8]).elementsEqual(word[8...])
        }
    }

    /// The well-formed `word<TAB>count` lines of the file, in order: each line read once, byte
    /// by byte (this runs at every start, before the first paragraph can be counted).
    private static func entries(_ utf8: UnsafeBufferPointer<UInt8>) -> [(word: Range<Int>, syllables: UInt8)] {
        let (newline, tab, zero) = (UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "0"))
        var entries: [(word: Range<Int>, syllables: UInt8)] = []
        // About ten bytes a line.
        entries.reserveCapacity(utf8.count / 8)
        var index = 0
        while index < utf8.count {
            let lineStart = index
            // The word: up to the first tab, unless the line ends first or is a comment.
            while index < utf8.count, utf8[index] != tab, utf8[index] != newline { index += 1 }
            let wordEnd = index
            var wellFormed = index < utf8.count && utf8[index] == tab && wordEnd > lineStart && wordEnd - lineStart <= 255
                && utf8[lineStart] != UInt8(ascii: "#")
            // The count: one to three digits, up to the end of the line.
            var value = 0, digits = 0
            if index < utf8.count, utf8[index] == tab { index += 1 }
            while index < utf8.count, utf8[index] != newline {
                let digit = utf8[index] &- zero
                // Past three digits the line is refused anyway: the value stops growing there.
                if digit >= 10 { wellFormed = false } else if digits < 3 { value = value * 10 + Int(digit) }
                digits += 1
                index += 1
            }
            index += 1
            guard wellFormed, digits > 0, digits <= 3, value <= 255 else { continue }
            entries.append((lineStart ..< wordEnd, UInt8(value)))
        }
        return entries
    }
}

/// The slots' memory: aligned to 2 MiB and advised as huge pages before it is first touched,
/// freed with the table.
private final class SlotStorage: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<SyllableTable.Slot>

    init(count: Int) {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<SyllableTable.Slot>.stride, alignment: 1 << 21)
        slots = UnsafeMutableBufferPointer(start: raw.bindMemory(to: SyllableTable.Slot.self, capacity: count), count: count)
        HugePages.advise(slots)
        slots.initialize(repeating: SyllableTable.Slot(prefix: 0, info: 0))
    }

    deinit {
        slots.deallocate()
    }
}
