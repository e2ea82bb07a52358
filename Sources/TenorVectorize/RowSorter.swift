/// Orders one row's entries by column, reusing its buffers from row to row.
///
/// Rows are short (25 entries on average, most under 64) and arrive in order of first
/// occurrence, which is random with respect to column order. An insertion sort mispredicts a
/// branch for nearly every entry; instead each entry's place is its rank — how many columns of
/// its run are smaller — counted four columns per compare without a branch, and runs longer
/// than ``run`` are merged.
struct RowSorter: ~Copyable {
    /// Entries ranked together; rows longer than this are ranked in runs, then merged.
    static var run: Int { 64 }

    /// The row's columns, written by the caller before ``sorted(count:)``; room for a row of
    /// `capacity` entries and the padding after the last run.
    let columns: UnsafeMutableBufferPointer<Int32>
    private let keys: UnsafeMutableBufferPointer<UInt64>
    private let spare: UnsafeMutableBufferPointer<UInt64>

    /// Buffers for rows of up to `capacity` entries.
    init(capacity: Int) {
        columns = .allocate(capacity: capacity + 3)
        keys = .allocate(capacity: capacity)
        spare = .allocate(capacity: capacity)
    }

    deinit {
        columns.deallocate()
        keys.deallocate()
        spare.deallocate()
    }

    /// The first `count` entries of ``columns`` in column order, as keys that ``column(of:)`` and
    /// ``position(of:)`` read. The columns must be distinct and non-negative. Valid until the
    /// next call.
    func sorted(count: Int) -> UnsafeBufferPointer<UInt64> {
        var start = 0
        while start < count {
            rank(start..<min(start + Self.run, count), into: keys)
            start += Self.run
        }
        var (source, target) = (keys, spare)
        var width = Self.run
        while width < count {
            mergeRuns(of: width, count: count, from: source, into: target)
            swap(&source, &target)
            width *= 2
        }
        return UnsafeBufferPointer(rebasing: source[..<count])
    }

    /// The column of a key from ``sorted(count:)``.
    @inline(__always)
    static func column(of key: UInt64) -> Int32 { Int32(truncatingIfNeeded: key >> 32) }

    /// Where the entry of a key from ``sorted(count:)`` was in ``columns``.
    @inline(__always)
    static func position(of key: UInt64) -> Int { Int(UInt32(truncatingIfNeeded: key)) }

    /// Places each entry of `run` at its rank among the run's columns, offset by the run's start.
    @inline(__always)
    private func rank(_ run: Range<Int>, into keys: UnsafeMutableBufferPointer<UInt64>) {
        let runColumns = columns.baseAddress! + run.lowerBound
        // Pad to whole vectors with the largest Int32, which no column reaches and so never
        // counts as smaller. Only a row's last run can be ragged: `run` is a multiple of 4.
        let padded = (run.count + 3) & ~3
        for index in run.count..<padded { runColumns[index] = .max }
        let vectors = UnsafeRawPointer(runColumns)
        // Four entries at a time, so that each load of four columns serves four compares.
        for first in stride(from: 0, to: padded, by: 4) {
            let four = vectors.loadUnaligned(fromByteOffset: first * 4, as: SIMD4<Int32>.self)
            let (a, b, c, d) = (SIMD4(repeating: four[0]), SIMD4(repeating: four[1]), SIMD4(repeating: four[2]), SIMD4(repeating: four[3]))
            var (belowA, belowB, belowC, belowD) = (SIMD4<Int32>.zero, SIMD4<Int32>.zero, SIMD4<Int32>.zero, SIMD4<Int32>.zero)
            for offset in stride(from: 0, to: padded, by: 4) {
                let others = vectors.loadUnaligned(fromByteOffset: offset * 4, as: SIMD4<Int32>.self)
                belowA.count(where: others .< a)
                belowB.count(where: others .< b)
                belowC.count(where: others .< c)
                belowD.count(where: others .< d)
            }
            let ranks = SIMD4(belowA.wrappedSum(), belowB.wrappedSum(), belowC.wrappedSum(), belowD.wrappedSum())
            for lane in 0..<min(4, run.count - first) {
                keys[run.lowerBound + Int(ranks[lane])] =
                    UInt64(UInt32(bitPattern: four[lane])) << 32 | UInt64(run.lowerBound + first + lane)
            }
        }
    }
}

extension SIMD4<Int32> {
    /// Adds one in the lanes where `mask` is true.
    @inline(__always)
    fileprivate mutating func count(where mask: SIMDMask<SIMD4<Int32>>) {
        self = replacing(with: self &+ 1, where: mask)
    }
}

/// Merges the sorted runs of `width` keys in `source[..<count]` pairwise into `target`, choosing
/// each key without a branch.
@inline(__always)
private func mergeRuns(of width: Int, count: Int, from source: UnsafeMutableBufferPointer<UInt64>, into target: UnsafeMutableBufferPointer<UInt64>) {
    var low = 0
    while low < count {
        let (middle, high) = (min(low + width, count), min(low + 2 * width, count))
        var (left, right, next) = (low, middle, low)
        while left < middle && right < high {
            let (a, b) = (source[left], source[right])
            let takesRight = b < a
            target[next] = takesRight ? b : a
            left &+= takesRight ? 0 : 1
            right &+= takesRight ? 1 : 0
            next &+= 1
        }
        while left < middle {
            target[next] = source[left]
            (left, next) = (left + 1, next + 1)
        }
        while right < high {
            target[next] = source[right]
            (right, next) = (right + 1, next + 1)
        }
        low = high
    }
}
