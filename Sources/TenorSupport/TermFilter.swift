/// A Bloom filter over a ``TermTable``'s terms, for tables whose lookups mostly miss.
///
/// The tone vocabulary holds some 40,000 words, so its table's slots alone take a megabyte — a
/// core's whole L2 cache — while most words of a text are in no lexicon (`the`, `city`,
/// `council`): each of them would cost a cache miss in the slots to learn so. The filter gives
/// every term two bits in one 64-bit word, 12 to 24 bits per term, so it is a sixteenth of the
/// slots' size and stays cached; about 3% of the unknown words pass it and go on to the table.
@usableFromInline
package struct TermFilter: Sendable {
    @usableFromInline let words: [UInt64]
    @usableFromInline let mask: Int

    /// The filter of every term in `table` now (terms added later are not in it).
    package init(_ table: TermTable) {
        var count = 8
        while count * 64 < table.count * 12 { count <<= 1 }
        var words = [UInt64](repeating: 0, count: count)
        for hash in table.hashes {
            words[Self.word(hash, mask: count - 1)] |= Self.bits(hash)
        }
        self.words = words
        mask = count - 1
    }

    /// False when the term with `key` is certainly not in the table.
    @inlinable @inline(__always)
    package func mayContain(_ key: TermTable.Key) -> Bool {
        let bits = Self.bits(key.hash)
        return words[Self.word(key.hash, mask: mask)] & bits == bits
    }

    // The word comes from bits 20 up (at most 14 of them), the two bits from bits 46 to 57, so
    // the three choices are independent.
    @inlinable @inline(__always)
    static func word(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 20) & mask }

    @inlinable @inline(__always)
    static func bits(_ hash: UInt64) -> UInt64 { 1 << (hash >> 46 & 63) | 1 << (hash >> 52 & 63) }
}
