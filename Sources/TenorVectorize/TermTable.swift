#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns byte strings as dense `Int32` ids: an open-addressing hash table over one byte arena.
///
/// Terms are never stored as `String`s while counting; a term is a slice of ``arena``.
struct TermTable: Sendable {
    private(set) var arena: [UInt8] = []
    /// Start of term `id` in ``arena``; term `id` ends where term `id + 1` starts.
    private(set) var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Slot → id + 1 (0 = empty). Capacity is a power of two, at most half full.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
    }

    var count: Int { starts.count - 1 }

    func range(of id: Int32) -> Range<Int> {
        starts[Int(id)]..<starts[Int(id) + 1]
    }

    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        arena[range(of: id)]
    }

    func string(of id: Int32) -> String {
        String(decoding: bytes(of: id), as: UTF8.self)
    }

    /// The id of `term`, adding it if it is new. `isNew` tells which.
    @inline(__always)
    mutating func intern(_ term: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash, equals(id, term) { return (Int32(id), false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        slots[slot] = id + 1
        hashes.append(hash)
        arena.append(contentsOf: term)
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `term` if it was interned.
    func id(of term: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == hash, equals(id, term) { return Int32(id) }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == term.count else { return false }
        guard term.count > 0 else { return true }
        return arena.withUnsafeBufferPointer { arena in
            Self.bytesEqual(UnsafeRawPointer(arena.baseAddress! + start), UnsafeRawPointer(term.baseAddress!), count: term.count)
        }
    }

    /// Inline word-at-a-time comparison: terms are short, and a memcmp call costs more than
    /// comparing them.
    @inline(__always)
    private static func bytesEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        var grown = [Int32](repeating: 0, count: size)
        let newMask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = Int32(id + 1)
        }
        slots = grown
        mask = newMask
    }

    /// 64-bit FNV-1a over eight-byte words, finished with a multiply-xorshift so that the low bits
    /// used for the slot index depend on every byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                index += 8
            }
            while index < count {
                hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
                index += 1
            }
        }
        hash ^= UInt64(count)
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 32)
    }
}
