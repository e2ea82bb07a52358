#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorSupport

/// Every chunk's counted terms (stop words and the words of word n-grams are interned but not
/// counted), each chunk's in code-point order, which is byte order in UTF-8, end to end in one
/// array: chunk `c`'s are `entries[firsts[c]..<firsts[c + 1]]`.
///
/// The chunks sort at once, each straight into its part of the one array: sorting into arrays
/// of their own and joining those after cost as much again in fresh pages as the sort itself.
struct SortedEntries: Sendable {
    /// One term of one chunk: its first eight bytes read big-endian, so that most comparisons
    /// are one integer comparison, where its bytes are in the chunk's arena, and its counts.
    struct Entry: Sendable {
        var prefix: UInt64
        var start: Int
        var total: Int
        var length: Int32
        var id: Int32
        var documents: Int32
    }

    let entries: [Entry]
    let firsts: [Int]

    var chunks: Range<Int> { 0..<(firsts.count - 1) }

    init(_ chunks: [TermCounts]) {
        let firsts = chunks.reduce(into: [0]) { firsts, chunk in
            firsts.append(firsts.last! + chunk.documentFrequencies.reduce(0) { $1 > 0 ? $0 + 1 : $0 })
        }
        entries = [Entry](unsafeUninitializedCapacity: firsts.last!) { buffer, count in
            let target = DisjointWrites(buffer)
            _ = parallelMap(chunks.count) { chunk in
                Self.sort(chunks[chunk], into: UnsafeMutableBufferPointer(rebasing: target.buffer[firsts[chunk]..<firsts[chunk + 1]]))
            }
            count = firsts.last!
        }
        self.firsts = firsts
    }

    /// Initializes `target` with `chunk`'s counted terms in byte order.
    private static func sort(_ chunk: TermCounts, into target: UnsafeMutableBufferPointer<Entry>) {
        let table = chunk.table
        let keyed = table.arena.withUnsafeBufferPointer { arena in
            // Room for every term at once (`target.count` of them are counted): grown as it
            // filled, the array would be copied into fresh pages at each doubling. It is handed
            // over to the sort, which then needs no copy of it.
            var counted: [PrefixSort.Keyed] = []
            counted.reserveCapacity(target.count)
            for id in 0..<Int32(table.count) where chunk.documentFrequencies[Int(id)] > 0 {
                // The table keeps the first eight bytes little-endian: swapped, integer order is byte order.
                counted.append((table.prefix(of: id).byteSwapped, id))
            }
            return PrefixSort.sorted(consume counted, tieKey: { id in
                // Bytes 8..<16, big-endian, zero-padded.
                let range = table.range(of: id)
                var key: UInt64 = 0
                for place in 0..<8 {
                    let index = range.lowerBound + 8 + place
                    key = key << 8 | UInt64(index < range.upperBound ? arena[index] : 0)
                }
                return key
            }, breakingTies: { order(table.range(of: $0), table.range(of: $1), in: arena) < 0 })
        }
        for (index, key) in keyed.enumerated() {
            let range = table.range(of: key.id)
            (target.baseAddress! + index).initialize(to: Entry(
                prefix: key.prefix, start: range.lowerBound, total: chunk.totals[Int(key.id)],
                length: Int32(range.count), id: key.id, documents: chunk.documentFrequencies[Int(key.id)]))
        }
    }

    /// Byte order of two terms of one arena (negative: the first sorts first).
    static func order(_ first: Range<Int>, _ second: Range<Int>, in arena: UnsafeBufferPointer<UInt8>) -> Int {
        order(UnsafeBufferPointer(rebasing: arena[first]), UnsafeBufferPointer(rebasing: arena[second]))
    }

    static func order(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(first.count, second.count)
        let order = common == 0 ? 0 : Int(memcmp(first.baseAddress!, second.baseAddress!, common))
        return order != 0 ? order : first.count - second.count
    }
}
