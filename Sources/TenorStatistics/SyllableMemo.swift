/// The syllable counts of words met recently, so that a word met again is answered from a small
/// table that stays in the core's cache instead of from CMUdict's 126,000-word table (a cache
/// miss a look-up, two for words over eight bytes) or the rules.
///
/// Only words of at most 16 ASCII bytes are remembered, under their lower-cased bytes: the
/// counter folds ASCII case and nothing else for them, so a word's count depends on those bytes
/// alone and the memo gives exactly what the counter gives. A word's hash picks a pair of slots,
/// the more recently used word first; a new word takes the first slot and moves the pair's other
/// word out (two words of a text that share a pair no longer push each other out at every turn;
/// simulated on medium.txt, 4.35% of look-ups miss with one slot a hash and 2.82% with two, of which
/// 1.87% are words met for the first time).
struct SyllableMemo: Sendable {
    /// A word's lower-cased bytes, little-endian and zero-padded to 16 (a word holds no zero
    /// byte, so the padding tells its length; an all-zero key is an empty slot).
    struct Key: Equatable, Sendable {
        var low: UInt64
        var high: UInt64
    }

    private var keys: [Key]
    private var counts: [UInt8]
    private let mask: Int

    /// A memo of `capacity` words (a power of two, 2 or more; 0 remembers nothing).
    init(capacity: Int) {
        precondition(capacity == 0 || (capacity >= 2 && capacity & (capacity - 1) == 0), "capacity must be 0 or a power of two, 2 or more")
        keys = Array(repeating: Key(low: 0, high: 0), count: capacity)
        counts = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// 32,768 words (544 KB): the words that make up most of any English text and many of its
    /// rarer ones, inside a core's level-2 cache (1 to 2 MiB on the machines measured; 8,192
    /// words missed often enough on medium.txt to cost `stats` 3% of its time).
    static let perThreadCapacity = 1 << 15

    /// The syllables of the word `key` stands for: remembered, or `count()` remembered now.
    @inline(__always)
    mutating func syllables(of key: Key, count: () -> Int) -> Int {
        guard mask >= 0 else { return count() }
        let hash = Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93) >> 40)
        // The pair's first slot, then its second.
        let first = hash & mask & ~1
        if keys[first] == key { return Int(counts[first]) }
        if keys[first + 1] == key {
            keys.swapAt(first, first + 1)
            counts.swapAt(first, first + 1)
            return Int(counts[first])
        }
        let syllables = count()
        if syllables <= Int(UInt8.max) {
            keys[first + 1] = keys[first]
            counts[first + 1] = counts[first]
            keys[first] = key
            counts[first] = UInt8(syllables)
        }
        return syllables
    }

    /// The key and the letter count of the word at `range`, when it is at most 16 ASCII bytes;
    /// nil otherwise (the caller counts such words without the memo).
    @inline(__always)
    static func key(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (key: Key, letters: Int)? {
        let length = range.count
        guard length <= 16, let base = text.baseAddress else { return nil }
        // Sixteen bytes from the word's start, those past its end masked off; near the end of
        // the buffer, where sixteen bytes cannot be read, byte by byte.
        var low: UInt64 = 0, high: UInt64 = 0
        if range.lowerBound + 16 <= text.count {
            let raw = UnsafeRawPointer(base + range.lowerBound)
            low = raw.loadUnaligned(as: UInt64.self) & lowBytes(length)
            high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & lowBytes(length - 8)
        } else {
            for (shift, index) in range.enumerated() {
                if shift < 8 { low |= UInt64(text[index]) << (8 * shift) } else { high |= UInt64(text[index]) << (8 * (shift - 8)) }
            }
        }
        guard (low | high) & highBits == 0 else { return nil }
        let (foldedLow, lettersLow) = folded(low)
        let (foldedHigh, lettersHigh) = folded(high)
        return (Key(low: foldedLow, high: foldedHigh), lettersLow + lettersHigh)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// A mask of the low `count` bytes (0 to 8; fewer than 0 is none, more than 8 all).
    @inline(__always)
    private static func lowBytes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : count <= 0 ? 0 : (1 << UInt64(8 * count)) &- 1
    }

    /// Eight ASCII bytes with `A`–`Z` lower-cased, and how many of them are letters or digits.
    /// Per byte, in parallel: `x + (0x80 - c)` sets the byte's top bit exactly when `x >= c`
    /// (no byte carries into the next, since every byte is below 0x80).
    @inline(__always)
    private static func folded(_ bytes: UInt64) -> (UInt64, Int) {
        @inline(__always) func atLeast(_ value: UInt8) -> UInt64 { (bytes &+ ones &* UInt64(0x80 - value)) & highBits }
        let upper = atLeast(0x41) & ~atLeast(0x5B)
        let lowered = bytes | upper >> 2
        @inline(__always) func loweredAtLeast(_ value: UInt8) -> UInt64 { (lowered &+ ones &* UInt64(0x80 - value)) & highBits }
        let letters = loweredAtLeast(0x61) & ~loweredAtLeast(0x7B)
        let digits = loweredAtLeast(0x30) & ~loweredAtLeast(0x3A)
        return (lowered, (letters | digits).nonzeroBitCount)
    }
}
