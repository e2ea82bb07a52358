import Testing
@testable import TenorSupport

/// `TermTable` tells terms apart by hash, length, first eight bytes and (past eight bytes) the
/// rest, compared and hashed a word at a time with the last word overlapping the one before.
@Suite struct TermTableTests {
    /// Terms of every length from 1 to 40, and 254 to 257 (where the slot's length saturates),
    /// in families that differ only in one byte, in the length, or in where a byte sits.
    static let terms: [[UInt8]] = {
        var terms: [[UInt8]] = []
        for length in Array(1...40) + [254, 255, 256, 257] {
            let base = (0..<length).map { UInt8(97 + $0 % 26) }
            terms.append(base)
            terms.append([UInt8](repeating: 120, count: length))
            // One byte changed at each position: first word, middle, last (overlapped) word.
            for position in Set([0, length / 2, length - 1, max(0, length - 9), min(length - 1, 8)]) {
                var changed = base
                changed[position] = 48
                terms.append(changed)
            }
        }
        return Array(Set(terms))
    }()

    @Test func everyTermGetsItsOwnIDAndKeepsIt() {
        var table = TermTable(capacity: 16)
        var ids: [Int32] = []
        for term in Self.terms {
            let (id, isNew) = term.withUnsafeBufferPointer { table.intern($0) }
            #expect(isNew, "\(term.count) bytes")
            ids.append(id)
        }
        #expect(ids == (0..<Int32(Self.terms.count)).map { $0 })
        for (term, id) in zip(Self.terms, ids) {
            #expect(term.withUnsafeBufferPointer { table.intern($0) } == (id, false))
            #expect(term.withUnsafeBufferPointer { table.position(of: $0)?.id } == id)
            #expect(Array(table.bytes(of: id)) == term)
        }
        // A term one byte longer or shorter than a known one is not found.
        #expect([UInt8](repeating: 120, count: 41).withUnsafeBufferPointer { table.position(of: $0) } == nil)
        #expect([UInt8](repeating: 120, count: 253).withUnsafeBufferPointer { table.position(of: $0) } == nil)
    }

    /// The hash reads every byte: changing any one byte of a term changes it (for these terms;
    /// a byte the hash skipped would leave it unchanged every time).
    @Test(arguments: [9, 12, 15, 16, 17, 23, 24, 25, 40])
    func theHashDependsOnEveryByte(length: Int) {
        let base = (0..<length).map { UInt8(97 + $0 % 26) }
        let hash = base.withUnsafeBufferPointer { TermTable.Key($0).hash }
        for position in 0..<length {
            var changed = base
            changed[position] ^= 1
            #expect(changed.withUnsafeBufferPointer { TermTable.Key($0).hash } != hash, "byte \(position) of \(length)")
        }
    }

    /// Equal first eight bytes assumed, the rest is compared whole: a difference at any later
    /// byte is seen, and equal terms are equal.
    @Test(arguments: [9, 15, 16, 17, 24, 31, 33])
    func tailsAreComparedWhole(length: Int) {
        let base = (0..<length).map { UInt8(65 + $0 % 26) }
        base.withUnsafeBytes { a in
            #expect(TermTable.tailsEqual(a.baseAddress!, a.baseAddress!, count: length))
            for position in 8..<length {
                var changed = base
                changed[position] = 0
                changed.withUnsafeBytes { b in
                    #expect(!TermTable.tailsEqual(a.baseAddress!, b.baseAddress!, count: length), "byte \(position) of \(length)")
                }
            }
        }
    }

    /// The batch look-up finds the short terms in their home slots and leaves the rest to
    /// `place`; whatever it finds, `place` agrees with.
    @Test func knownShortTermsAgreeWithPlace() {
        var table = TermTable(capacity: 16)
        for term in Self.terms { _ = term.withUnsafeBufferPointer { table.intern($0) } }
        var ids = [Int32](repeating: 0, count: Self.terms.count)
        ids.withUnsafeMutableBufferPointer { ids in
            table.knownShortTerms(Self.terms.count, into: ids) { index in Self.terms[index].withUnsafeBufferPointer { TermTable.Key($0) } }
        }
        for (term, id) in zip(Self.terms, ids) {
            let placed = term.withUnsafeBufferPointer { table.position(of: $0)?.id }
            if id >= 0 {
                #expect(id == placed)
                #expect(term.count <= 8)
            }
        }
        #expect(ids.filter { $0 >= 0 }.count > Self.terms.filter { $0.count <= 8 }.count / 2)
    }
}
