import Synchronization

/// Hands out the indices `0..<count`, each once, to whichever thread asks next: work cut into
/// more pieces than there are threads and taken as threads come free, so that a thread that
/// runs slower takes fewer pieces instead of holding the others up at the end.
package final class WorkQueue: Sendable {
    private let next = Atomic<Int>(0)
    package let count: Int

    package init(count: Int) {
        self.count = count
    }

    /// Runs `body` on every worker thread at once (on as many as there are items, at most), all
    /// taking from one queue of `count` items; returns what each returned.
    package static func shared<Result: Sendable>(by count: Int, _ body: @Sendable (WorkQueue) -> Result) -> [Result] {
        let queue = WorkQueue(count: count)
        return parallelMap(min(availableWorkers, count)) { _ in body(queue) }
    }

    /// The next index not yet handed out, or nil once all have been.
    package func take() -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }
}
