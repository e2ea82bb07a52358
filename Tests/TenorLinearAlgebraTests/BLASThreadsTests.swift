import Dispatch
import Synchronization
import Testing
@testable import TenorLinearAlgebra

@Suite struct BLASThreadsTests {
    /// 256 limits to one thread from several threads at once, inside a limit to two: while any
    /// runs, BLAS stays on one thread (a limit that ended first used to put back the count it
    /// had found, under the others' feet), and the product is the same.
    @Test func concurrentLimitsHoldWhileAnyRuns() {
        guard BLASThreads.current != nil else { return }   // the reference BLAS has no thread count
        let elements: [Double] = (0..<64 * 64).map { Double($0 * 7 % 11) - 5 }
        let a = DenseMatrix(rows: 64, columns: 64, elements: elements)
        let expected = a * a
        let violations = Mutex(0)
        BLASThreads.with(2) {
            DispatchQueue.concurrentPerform(iterations: 256) { _ in
                BLASThreads.with(1) {
                    for _ in 0..<20 {
                        if BLASThreads.current != 1 || a * a != expected { violations.withLock { $0 += 1 } }
                    }
                }
            }
        }
        #expect(violations.withLock { $0 } == 0)
    }
}

@Suite struct BLASThreadLimitsTests {
    /// BLAS runs on 4 threads; two calls limit it to 1 and overlap: the count changes once at the
    /// first start and once at the last end, back to 4.
    @Test func overlappingLimitsSetTheCountOnceAndRestoreItAfterTheLast() {
        var limits = BLASThreads.Limits()
        #expect(limits.enter(1, current: { 4 }) == 1)
        #expect(limits.enter(1, current: { 1 }) == nil)
        #expect(limits.leave(1) == nil)
        #expect(limits.leave(1) == 4)
    }

    /// BLAS runs on 4 threads; limits of 3, 1 and 2 overlap: the least running limit holds; as
    /// each ends, the next least, then the count from before.
    @Test func theLeastRunningLimitHolds() {
        var limits = BLASThreads.Limits()
        #expect(limits.enter(3, current: { 4 }) == 3)
        #expect(limits.enter(1, current: { 3 }) == 1)
        #expect(limits.enter(2, current: { 1 }) == nil)
        #expect(limits.leave(1) == 2)
        #expect(limits.leave(3) == nil)
        #expect(limits.leave(2) == 4)
        // A limit equal to the count already set changes nothing.
        #expect(limits.enter(2, current: { 2 }) == nil)
        #expect(limits.leave(2) == nil)
    }
}
