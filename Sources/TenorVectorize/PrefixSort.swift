/// Sorts terms keyed by their first eight bytes (big-endian, so integer order is byte order)
/// with a radix sort, then puts each run of equal keys in order with a comparison.
///
/// A chunk of medium.txt holds about 45,000 terms; a comparison sort of them took 7 ms, a
/// comparison costing a closure call and, on equal keys, a `memcmp`. The radix sort moves
/// each key once a byte (skipping bytes every key shares), and equal keys are rare: only terms
/// of eight or more bytes that share their first eight have them.
enum PrefixSort {
    typealias Keyed = (prefix: UInt64, id: Int32)

    /// `keys` in prefix order; those with equal prefixes (terms of eight bytes or more that share
    /// them) by `tieKey`, their next eight bytes read the same way (zero-padded: no term holds a
    /// zero byte, so integer order is byte order again), and, where those are equal too, in
    /// `order`'s. Comparing the next eight bytes as one integer first halved the cost of the
    /// ties, which had been a third of the sort (a call and a `memcmp` each time).
    static func sorted(_ keys: consuming [Keyed], tieKey: (Int32) -> UInt64, breakingTies order: (Int32, Int32) -> Bool) -> [Keyed] {
        var sorted = radixSorted(keys)
        var ties: [(key: UInt64, keyed: Keyed)] = []
        func before(_ a: (key: UInt64, keyed: Keyed), _ b: (key: UInt64, keyed: Keyed)) -> Bool {
            a.key != b.key ? a.key < b.key : order(a.keyed.id, b.keyed.id)
        }
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end].prefix == sorted[start].prefix { end += 1 }
            if end - start > 1 {
                ties.removeAll(keepingCapacity: true)
                for keyed in sorted[start..<end] { ties.append((tieKey(keyed.id), keyed)) }
                if ties.count <= 32 {
                    // Most runs are a few terms long ("consider", "considered", …): an insertion
                    // sort needs no buffer.
                    for index in 1..<ties.count {
                        let item = ties[index]
                        var place = index
                        while place > 0, before(item, ties[place - 1]) {
                            ties[place] = ties[place - 1]
                            place -= 1
                        }
                        ties[place] = item
                    }
                } else {
                    ties.sort(by: before)
                }
                for (offset, tie) in ties.enumerated() { sorted[start + offset] = tie.keyed }
            }
            start = end
        }
        return sorted
    }

    /// Least-significant byte first, each pass stable, so the result is in prefix order. The
    /// keys are taken, not copied, and sorted between them and one more array: fresh memory
    /// costs more here than the sort's own passes (a page fault per 4 KiB). Every byte's counts
    /// come from one reading of the keys, which the passes do not reorder as a whole.
    private static func radixSorted(_ keys: consuming [Keyed]) -> [Keyed] {
        var source = keys
        var target = [Keyed](repeating: (0, 0), count: source.count)
        // counts[256 * byte + value]: how many keys hold `value` in byte `byte` (0: lowest).
        var counts = [Int](repeating: 0, count: 8 * 256)
        counts.withUnsafeMutableBufferPointer { counts in
            source.withUnsafeBufferPointer { source in
                for key in source {
                    for byte in 0..<8 {
                        counts[byte &<< 8 | Int(truncatingIfNeeded: key.prefix >> UInt64(byte &<< 3)) & 0xFF] += 1
                    }
                }
            }
            for byte in 0..<8 {
                let places = UnsafeMutableBufferPointer(rebasing: counts[(byte * 256)..<(byte * 256 + 256)])
                // A byte every key shares leaves the order as it is.
                if places.contains(source.count) { continue }
                var next = 0
                for value in 0..<256 {
                    let count = places[value]
                    places[value] = next
                    next += count
                }
                let shift = UInt64(byte * 8)
                source.withUnsafeBufferPointer { source in
                    target.withUnsafeMutableBufferPointer { target in
                        for key in source {
                            let value = Int(truncatingIfNeeded: key.prefix >> shift) & 0xFF
                            target[places[value]] = key
                            places[value] += 1
                        }
                    }
                }
                swap(&source, &target)
            }
        }
        return source
    }
}
