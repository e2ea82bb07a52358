#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// How many worker threads Tenor uses: the online processor count, or fewer when
/// `TENOR_THREADS` asks for fewer (more would only add memory, one work area per thread).
package let availableWorkers: Int = {
    let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    if let value = getenv("TENOR_THREADS"), let count = Int(String(cString: value)), count > 0 {
        return min(count, cores)
    }
    return cores
}()

/// Has the thread pool start a worker thread now, in the background, and returns at once.
/// libdispatch starts its threads on first use, and a new thread takes milliseconds to be
/// running on another core (longer when that core's virtual CPU is idle): started before the
/// arguments are parsed (2–4 ms on one core), a worker is ready for the first parallel step.
/// Measured on `vectorize` of medium.txt, when parsing took 5 ms: reading 9.8 → 7.7 ms (median
/// of 16).
package func startWorker() {
    guard availableWorkers > 1 else { return }
    DispatchQueue.global().async {}
}

/// `(0..<count).map(transform)`, with the calls spread over the available cores.
///
/// The results come back in index order. Each call must be independent of the others.
package func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
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
package struct DisjointWrites<T>: @unchecked Sendable {
    package let buffer: UnsafeMutableBufferPointer<T>
    package init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// Splits `0..<count` items into at most `parts` contiguous ranges of similar total `weight`.
package func balancedRanges(count: Int, parts: Int, weight: (Int) -> Int) -> [Range<Int>] {
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

/// `(0..<count).map(transform)` computed in parallel blocks, each writing its results in place
/// (nothing is concatenated afterwards). Small counts run on the calling thread.
package func parallelArray<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let blocks = balancedRanges(count: count, parts: count < 4096 ? 1 : 4 * availableWorkers) { _ in 1 }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let target = DisjointWrites(buffer)
        _ = parallelMap(blocks.count) { block in
            for index in blocks[block] { (target.buffer.baseAddress! + index).initialize(to: transform(index)) }
        }
        initialized = count
    }
}
