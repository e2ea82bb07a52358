import TenorSupport

/// The counts of a chunk's entries (a term in a paragraph), a byte each: almost every count is
/// small, and the entries are the largest thing counting keeps (3.2 million for medium.txt).
/// Four bytes an entry cost 9.5 MB more of fresh memory, and here a fresh page costs more than
/// the counting that fills it (a page fault per 4 KiB). A count of 255 or more is kept aside,
/// by entry, with ``EntryCounts/saturated`` in its byte.
struct EntryCounts: Sendable {
    /// Each entry's count, or ``saturated``.
    private var bytes: [UInt8]
    /// By entry: the counts of 255 and more.
    private var large: [Int: Int32] = [:]

    static let saturated = UInt8.max

    /// Empty, with room for `capacity` entries.
    init(capacity: Int) {
        bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            HugePages.advise(buffer)
            count = 0
        }
    }

    /// Appends the counts of one row's entries.
    mutating func append(_ counts: UnsafeBufferPointer<Int32>) {
        let first = bytes.count
        var largest: Int32 = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: counts.count) { narrowed in
            for index in counts.indices {
                narrowed[index] = UInt8(truncatingIfNeeded: min(counts[index], Int32(Self.saturated)))
                largest = max(largest, counts[index])
            }
            bytes.append(contentsOf: UnsafeBufferPointer(narrowed))
        }
        guard largest >= Int32(Self.saturated) else { return }
        for (offset, count) in counts.enumerated() where count >= Int32(Self.saturated) {
            large[first + offset] = count
        }
    }

    /// Runs `body` with a reader of the counts.
    func withReader<Result>(_ body: (Reader) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(Reader(bytes: $0, large: large)) }
    }

    /// The counts by entry, read without the array's checks.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let large: [Int: Int32]

        @inline(__always)
        subscript(entry: Int) -> Int32 {
            let byte = bytes[entry]
            return byte == EntryCounts.saturated ? large[entry]! : Int32(byte)
        }
    }
}
