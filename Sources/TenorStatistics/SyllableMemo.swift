/// The syllable counts of words met recently, so that a word met again is answered from a small
/// table that stays in the core's cache instead of from CMUdict's 126,000-word table (two cache
/// misses a look-up) or the rules.
///
/// Only words of at most 16 ASCII bytes are remembered, under their lower-cased bytes: the
/// counter folds ASCII case and nothing else for them, so a word's count depends on those bytes
/// alone and the memo gives exactly what the counter gives. A slot holds one word; a newer word
/// whose hash lands there takes it over.
struct SyllableMemo {
    /// A word's lower-cased bytes, little-endian and zero-padded to 16 (a word holds no zero
    /// byte, so the padding tells its length; an all-zero key is an empty slot).
    struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }

    private var keys: [Key]
    private var counts: [UInt8]
    private let mask: Int

    /// A memo of `capacity` words (a power of two; 0 remembers nothing).
    init(capacity: Int) {
        precondition(capacity == 0 || capacity & (capacity - 1) == 0, "capacity must be a power of two")
        keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
        counts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// 8,192 words (136 KB): the words that make up most of any English text, well inside a
    /// core's level-2 cache.
    static let perThreadCapacity = 1 << 13

    /// The syllables of the word `key` stands for: remembered, or `count()` remembered now.
    @inline(__always)
    mutating func syllables(of key: Key, count: () -> Int) -> Int {
        guard mask >= 0 else { return count() }
        let slot = Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93) >> 40) & mask
        if keys[slot] == key { return Int(counts[slot]) }
        let syllables = count()
        if syllables <= Int(UInt8.max) {
            keys[slot] = key
            counts[slot] = UInt8(syllables)
        }
        return syllables
    }

    /// The key and the letter count of the word at `range`, when it is at most 16 ASCII bytes;
    /// nil otherwise (the caller counts such words without the memo).
    @inline(__always)
    static func key(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (key: Key, letters: Int)? {
        guard range.count <= 16 else { return nil }
        var key = Key(low: 0, high: 0)
        var letters = 0
        var shift: UInt64 = 0
        for index in range {
            var byte = text[index]
            guard byte < 0x80 else { return nil }
            if byte &- 0x41 < 26 { byte |= 0x20 }
            if byte &- 0x61 < 26 || byte &- 0x30 < 10 { letters += 1 }
            if shift < 64 { key.low |= UInt64(byte) << shift } else { key.high |= UInt64(byte) << (shift - 64) }
            shift += 8
        }
        return (key, letters)
    }
}
