/// Interns byte strings as dense `Int32` ids: an open-addressing hash table over one byte arena.
///
/// Terms are never stored as `String`s while counting; a term is a slice of ``arena``.
///
/// The table is built for lookups that mostly hit: its slots are eight bytes (the term's id, 24
/// bits of its hash and its length), so the table stays small enough for the core's cache, and
/// everything else about a term sits by id in ``entries``: its first eight bytes and a 64-bit
/// ``payload`` for the caller's per-term state. Terms met early (the frequent ones) get low ids,
/// so their entries share cache lines. A term of up to eight bytes (most words) is recognised
/// from its slot and entry alone; only longer ones are compared in the arena.
///
/// The vectorizer, tone and statistics modules look terms up in their inner loops, so the
/// lookups are `@inlinable` and the type and the state they touch `@usableFromInline`: Swift 6.3
/// inlines no `@inlinable` member of a `package` type without it (see ``UTF8Scanner``), and
/// the vectorizer would make a call per term into this module.
@usableFromInline
package struct TermTable: Sendable {
    @usableFromInline package internal(set) var arena: [UInt8] = []
    /// Start of term `id` in ``arena``; term `id` ends where term `id + 1` starts.
    @usableFromInline package internal(set) var starts: [Int] = [0]
    /// Full hashes by id, to re-place the terms when the table grows.
    @usableFromInline var hashes: [UInt64] = []
    /// hash's top 24 bits << 40 | min(length, 255) << 32 | (id + 1); 0 = empty. Capacity is a
    /// power of two, at most half full.
    @usableFromInline var slots: [UInt64]
    @usableFromInline var mask: Int
    @usableFromInline var entries: [Entry] = []

    @usableFromInline
    struct Entry: Sendable {
        /// The term's first eight bytes, little-endian, zero-padded.
        @usableFromInline var prefix: UInt64
        @usableFromInline var payload: UInt64

        @inlinable
        init(prefix: UInt64, payload: UInt64) {
            self.prefix = prefix
            self.payload = payload
        }
    }

    /// Where a term sits.
    @usableFromInline
    package struct Position {
        @usableFromInline package let id: Int32
        @inlinable package init(id: Int32) { self.id = id }
    }

    package init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
        entries.reserveCapacity(capacity)
    }

    @inlinable package var count: Int { starts.count - 1 }

    @inlinable package func range(of id: Int32) -> Range<Int> {
        starts[Int(id)]..<starts[Int(id) + 1]
    }

    @inlinable package func bytes(of id: Int32) -> ArraySlice<UInt8> {
        arena[range(of: id)]
    }

    /// The first eight bytes of term `id`, little-endian, zero-padded.
    @inlinable package func prefix(of id: Int32) -> UInt64 {
        entries[Int(id)].prefix
    }

    /// The id of `term`, adding it if it is new. `isNew` tells which.
    @inlinable @inline(__always)
    package mutating func intern(_ term: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let (position, isNew) = place(term, payload: 0)
        return (position.id, isNew)
    }

    /// Where `term` is, adding it with `payload` if it is new. `isNew` tells which.
    @inlinable @inline(__always)
    package mutating func place(_ term: UnsafeBufferPointer<UInt8>, payload: @autoclosure () -> UInt64) -> (position: Position, isNew: Bool) {
        place(term, key: Key(term), payload: payload())
    }

    /// ``place(_:payload:)`` for a caller that already has the term's key.
    @inlinable @inline(__always)
    package mutating func place(_ term: UnsafeBufferPointer<UInt8>, key: Key, payload: @autoclosure () -> UInt64) -> (position: Position, isNew: Bool) {
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let signature = slots[slot]
            if signature == 0 { break }
            if let id = match(signature, key, term) { return (Position(id: id), false) }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        slots[slot] = key.signature | UInt64(id + 1)
        entries.append(Entry(prefix: key.prefix, payload: payload()))
        hashes.append(key.hash)
        arena.append(contentsOf: term)
        starts.append(arena.count)
        if count * 2 > slots.count { grow() }
        return (Position(id: id), true)
    }

    /// The caller's state for the term at `position`.
    @inlinable @inline(__always)
    package func payload(at position: Position) -> UInt64 { entries[Int(position.id)].payload }

    @inlinable @inline(__always)
    package mutating func setPayload(_ payload: UInt64, at position: Position) { entries[Int(position.id)].payload = payload }

    /// Runs `body` with every term's payload, by id, to read and write in place: for a loop that
    /// updates many payloads and interns nothing meanwhile (interning may move them). Each
    /// ``setPayload(_:at:)`` checks that the storage is not shared; this checks once.
    @inlinable
    package mutating func withPayloads<Result>(_ body: (Payloads) throws -> Result) rethrows -> Result {
        try entries.withUnsafeMutableBufferPointer { try body(Payloads(entries: $0)) }
    }

    /// The terms' payloads, by id (see ``withPayloads(_:)``).
    @usableFromInline
    package struct Payloads {
        @usableFromInline let entries: UnsafeMutableBufferPointer<Entry>

        @inlinable init(entries: UnsafeMutableBufferPointer<Entry>) { self.entries = entries }

        @inlinable package subscript(id: Int32) -> UInt64 {
            @inline(__always) get { entries[Int(id)].payload }
            @inline(__always) nonmutating set { entries[Int(id)].payload = newValue }
        }
    }

    /// Where `term` is, if it was interned.
    @inlinable
    package func position(of term: UnsafeBufferPointer<UInt8>) -> Position? {
        position(of: term, key: Key(term))
    }

    /// ``position(of:)`` for a caller that already has the term's key.
    @inlinable
    package func position(of term: UnsafeBufferPointer<UInt8>, key: Key) -> Position? {
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let signature = slots[slot]
            if signature == 0 { return nil }
            if let id = match(signature, key, term) { return Position(id: id) }
            slot = (slot + 1) & mask
        }
    }

    /// The slot's id if it holds `term`.
    @inlinable @inline(__always)
    func match(_ signature: UInt64, _ key: Key, _ term: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard signature & Key.signatureMask == key.signature else { return nil }
        let id = Int32(truncatingIfNeeded: signature & 0xFFFF_FFFF) - 1
        guard entries[Int(id)].prefix == key.prefix else { return nil }
        if term.count <= 8 { return id }
        let start = starts[Int(id)]
        guard starts[Int(id) + 1] - start == term.count else { return nil }
        let equal = arena.withUnsafeBufferPointer { arena in
            Self.tailsEqual(UnsafeRawPointer(arena.baseAddress! + start), UnsafeRawPointer(term.baseAddress!), count: term.count)
        }
        return equal ? id : nil
    }

    /// For each of `count` keys, `ids[index]` is the id of the term with `key(index)` when its
    /// home slot holds it and it is at most eight bytes long, so that slot and entry alone prove
    /// it; -1 otherwise (unknown, displaced by a collision, or longer:
    /// ``place(_:key:payload:)`` settles those).
    ///
    /// Nothing here branches on memory just loaded before the next term's loads can start, so
    /// when a paragraph's terms are looked up with this first, their cache misses overlap
    /// instead of coming one after another.
    @inlinable @inline(__always)
    package func knownShortTerms(_ count: Int, into ids: UnsafeMutableBufferPointer<Int32>, key: (Int) -> Key) {
        // The arrays are opened once for the whole batch: indexing them per key reloads and
        // re-checks them for every one.
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                for index in 0..<count {
                    let key = key(index)
                    let signature = slots[Int(truncatingIfNeeded: key.hash) & mask]
                    let id = Int(truncatingIfNeeded: signature & 0xFFFF_FFFF) &- 1
                    let known = signature & Key.signatureMask == key.signature && id >= 0
                        && key.signature & 0xFF_0000_0000 <= 8 << 32 && entries[id].prefix == key.prefix
                    ids[index] = known ? Int32(truncatingIfNeeded: id) : -1
                }
            }
        }
    }

    /// What a lookup compares: the hash, the first eight bytes, the length.
    @usableFromInline
    package struct Key {
        @inlinable static var signatureMask: UInt64 { 0xFFFF_FFFF_0000_0000 }
        @usableFromInline let hash: UInt64
        @usableFromInline let prefix: UInt64
        /// The hash's top 24 bits and the length (saturated at 255), in a slot's layout.
        @usableFromInline let signature: UInt64

        @inlinable @inline(__always)
        package init(_ term: UnsafeBufferPointer<UInt8>) {
            self.init(term, prefix: Self.prefix(of: term))
        }

        @inlinable @inline(__always)
        package init(_ term: UnsafeBufferPointer<UInt8>, prefix: UInt64) {
            let hash = TermTable.hash(term, prefix: prefix)
            self.hash = hash
            self.prefix = prefix
            signature = (hash & 0xFFFF_FF00_0000_0000) | UInt64(min(term.count, 255)) << 32
        }

        /// The first eight bytes, little-endian, zero-padded; shorter terms are read as two
        /// overlapping loads, never past their end (a memcpy call would cost more).
        @inlinable @inline(__always)
        package static func prefix(of term: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let count = term.count
            guard let base = term.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
            switch count {
            case 8...:
                return base.loadUnaligned(as: UInt64.self)
            case 4...7:
                let low = UInt64(base.loadUnaligned(as: UInt32.self))
                let high = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                return low | high << UInt64(8 * (count - 4))
            case 2...3:
                let low = UInt64(base.loadUnaligned(as: UInt16.self))
                let high = UInt64(base.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self))
                return low | high << UInt64(8 * (count - 2))
            case 1:
                return UInt64(base.load(as: UInt8.self))
            default:
                return 0
            }
        }
    }

    /// Whether two terms of `count` bytes (more than eight) whose first eight bytes are known to
    /// be equal are equal: the rest a word at a time, the last word overlapping the one before
    /// (a byte loop would end at a different count for every other term, a mispredicted branch
    /// each time; a memcmp call costs more than this).
    @inlinable @inline(__always)
    static func tailsEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 8
        while offset < count {
            let at = min(offset, count - 8)
            if a.loadUnaligned(fromByteOffset: at, as: UInt64.self) != b.loadUnaligned(fromByteOffset: at, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        return true
    }

    @usableFromInline
    mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for signature in slots where signature != 0 {
            let id = Int(signature & 0xFFFF_FFFF) - 1
            var slot = Int(truncatingIfNeeded: hashes[id]) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = signature
        }
        slots = grown
        mask = newMask
    }

    /// 64-bit FNV-1a over eight-byte words, the first being `prefix` and the last the term's
    /// last eight bytes (overlapping the word before when the length is no multiple of eight;
    /// the length, hashed last, tells apart terms that differ only in it), finished with a
    /// multiply-xorshift so that both the low bits (the slot) and the top bits (the signature)
    /// depend on every byte. Word by word, never byte by byte: a byte loop ends at a different
    /// count for every other term, a mispredicted branch each time.
    @inlinable @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        hash = (hash ^ prefix) &* 0x0000_0100_0000_01B3
        let count = bytes.count
        if count > 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var offset = 8
            while offset < count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: min(offset, count - 8), as: UInt64.self)) &* 0x0000_0100_0000_01B3
                offset += 8
            }
        }
        hash ^= UInt64(count)
        hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash >> 29)
    }
}
