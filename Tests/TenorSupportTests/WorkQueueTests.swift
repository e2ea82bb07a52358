import Dispatch
import Synchronization
import Testing
@testable import TenorSupport

@Suite struct WorkQueueTests {
    /// Four threads draining one queue between them take every index exactly once.
    @Test func everyIndexIsTakenOnce() {
        let queue = WorkQueue(count: 10_000)
        let taken = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            var mine: [Int] = []
            while let index = queue.take() { mine.append(index) }
            taken.withLock { $0 += mine }
        }
        #expect(taken.withLock { $0.sorted() } == Array(0..<10_000))
        #expect(queue.take() == nil)
    }

    /// One result per worker thread, never more threads than items, and every item taken once.
    @Test(arguments: [0, 1, 5_000])
    func sharedByTheWorkers(count: Int) {
        let taken = WorkQueue.shared(by: count) { queue in
            var mine: [Int] = []
            while let index = queue.take() { mine.append(index) }
            return mine
        }
        #expect(taken.count == min(availableWorkers, count))
        #expect(taken.flatMap { $0 }.sorted() == Array(0..<count))
    }

    @Test func anEmptyQueueHandsOutNothing() {
        #expect(WorkQueue(count: 0).take() == nil)
    }
}
