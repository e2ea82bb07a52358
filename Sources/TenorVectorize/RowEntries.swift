/// The entries of the paragraph being counted: each distinct term once, with its count so far.
///
/// Counting updates an entry per token; kept here, in memory the counter owns outright, those
/// updates need no copy-on-write check, which an `Array` would make on every write. The row
/// goes to the chunk's arrays in one append when the paragraph is done.
struct RowEntries: ~Copyable {
    private var ids: UnsafeMutablePointer<Int32>
    private var counts: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 256
        ids = .allocate(capacity: capacity)
        counts = .allocate(capacity: capacity)
    }

    deinit {
        ids.deallocate()
        counts.deallocate()
    }

    /// Starts a new row with room for `entries` entries.
    mutating func start(room entries: Int) {
        count = 0
        guard entries > capacity else { return }
        ids.deallocate()
        counts.deallocate()
        capacity = max(entries, 2 * capacity)
        ids = .allocate(capacity: capacity)
        counts = .allocate(capacity: capacity)
    }

    /// Adds `id` with a count of one; returns where its entry sits in the row.
    @inline(__always)
    mutating func add(_ id: Int32) -> Int {
        precondition(count < capacity, "RowEntries: more entries than the room asked for")
        ids[count] = id
        counts[count] = 1
        count += 1
        return count - 1
    }

    /// Counts one more occurrence of the entry at `slot`.
    @inline(__always)
    mutating func increment(_ slot: Int) {
        counts[slot] += 1
    }

    /// Appends the row's entries, in the order they were added, to a chunk's ``EntryCounts``.
    func append(to termIDs: inout [Int32], _ termCounts: inout EntryCounts) {
        termIDs.append(contentsOf: UnsafeBufferPointer(start: ids, count: count))
        termCounts.append(UnsafeBufferPointer(start: counts, count: count))
    }
}
