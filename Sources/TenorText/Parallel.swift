#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// How many worker threads Tenor uses: `TENOR_THREADS` if set, else the online processor count.
public let availableWorkers: Int = {
    if let value = getenv("TENOR_THREADS"), let count = Int(String(cString: value)), count > 0 {
        return count
    }
    return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}()

/// `(0..<count).map(transform)`, with the calls spread over the available cores.
///
/// The results come back in index order. Each call must be independent of the others.
public func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        // The results are copied out below; release the buffer's references before freeing it.
        _ = results.deinitialize()
        results.deallocate()
    }
    let slots = DisjointWrites(results)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.buffer[index] = transform(index)
    }
    return results.map { $0! }
}

/// A buffer that several threads write at once, each to its own disjoint part, while nothing
/// else reads or writes it. That contract is what makes sharing it safe.
public struct DisjointWrites<T>: @unchecked Sendable {
    public let buffer: UnsafeMutableBufferPointer<T>
    public init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// Splits `0..<count` items into at most `parts` contiguous ranges of similar total `weight`.
public func balancedRanges(count: Int, parts: Int, weight: (Int) -> Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let parts = max(1, min(parts, count))
    var total = 0
    for index in 0..<count { total += weight(index) }
    var ranges: [Range<Int>] = []
    var start = 0
    var accumulated = 0
    for index in 0..<count {
        accumulated += weight(index)
        let target = total * (ranges.count + 1) / parts
        if accumulated >= target, ranges.count < parts - 1, index + 1 < count {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
    }
    ranges.append(start..<count)
    return ranges
}
