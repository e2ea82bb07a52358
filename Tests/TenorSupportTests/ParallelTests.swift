import Synchronization
import Testing
@testable import TenorSupport

@Suite struct ParallelTests {
    @Test func parallelMapKeepsOrder() {
        #expect(parallelMap(100) { $0 * $0 } == (0..<100).map { $0 * $0 })
    }

    @Test func balancedRangesCoverEverythingOnce() {
        let weights = [5, 1, 1, 1, 10, 1, 1, 1, 1, 3]
        let ranges = balancedRanges(count: weights.count, parts: 3) { weights[$0] }
        #expect(ranges.count == 3)
        #expect(ranges.flatMap { Array($0) } == Array(0..<10))
    }
}

@Suite struct ParallelMapLifetimeTests {
    final class Tracked: Sendable {
        let onDeinit: @Sendable () -> Void
        init(_ onDeinit: @escaping @Sendable () -> Void) { self.onDeinit = onDeinit }
        deinit { onDeinit() }
    }

    /// parallelMap must release its own references to the results (a leak once let every
    /// result's storage live forever).
    @Test func resultsAreReleased() {
        let released = Counter()
        do {
            let values = parallelMap(8) { _ in Tracked { released.increment() } }
            #expect(values.count == 8)
        }
        #expect(released.value == 8)
    }

    final class Counter: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func increment() { count.withLock { $0 += 1 } }
    }
}
