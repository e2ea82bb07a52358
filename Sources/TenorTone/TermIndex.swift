#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lower-case terms (UTF-8 bytes) to vocabulary entries: open addressing over one byte arena.
///
/// A slot is 8 bytes (the term's hash and its entry), so the whole table of VADER's 7,500 terms
/// is 128 KB and stays in cache; the arena is read only when a hash matches.
struct TermIndex: Sendable {
    /// hash << 32 | entry; 0 marks an empty slot (entries start at 1).
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    /// Where each entry's term starts in ``arena`` and how long it is, by entry.
    private var terms: [(start: Int32, length: Int32)] = [(0, 0)]
    private var arena: [UInt8] = []
    private var count = 0
    /// The longest term in bytes: a longer word cannot be in the index.
    private(set) var longestTerm = 0

    /// 32-bit FNV-1a, byte by byte (words are short).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The entry of `term` (0 if absent); `hash` is ``hash(_:)`` of it.
    ///
    /// - Complexity: O(length of `term`).
    @inline(__always)
    func entry(of term: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(hash) & mask
            while true {
                let slot = slots[index]
                if slot == 0 { return 0 }
                let entry = Int32(truncatingIfNeeded: slot)
                if UInt32(truncatingIfNeeded: slot >> 32) == hash && matches(entry, term) { return entry }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    private func matches(_ entry: Int32, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, length) = terms[Int(entry)]
        guard Int(length) == term.count else { return false }
        guard let termBase = term.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { arena in memcmp(arena.baseAddress! + Int(start), termBase, term.count) == 0 }
    }

    /// The entry of `term`, or the next entry number (count + 1) after adding it.
    mutating func insert(_ term: [UInt8]) -> Int32 {
        let hash = term.withUnsafeBufferPointer { Self.hash($0) }
        let existing = term.withUnsafeBufferPointer { self.entry(of: $0, hash: hash) }
        if existing != 0 { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        count += 1
        place(UInt64(hash) << 32 | UInt64(count))
        terms.append((Int32(arena.count), Int32(term.count)))
        arena += term
        longestTerm = max(longestTerm, term.count)
        return Int32(count)
    }

    private mutating func place(_ slot: UInt64) {
        let mask = slots.count - 1
        var index = Int(slot >> 32) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for slot in old where slot != 0 { place(slot) }
    }
}
