import Testing
@testable import TenorSupport

@Suite struct OrderedBlocksTests {
    /// Block `b` is `b % 7 + 1` copies of the byte `b % 256`, so order and lengths both show.
    static func fill(_ block: Int, _ buffer: UnsafeMutablePointer<UInt8>) -> Int {
        let length = block % 7 + 1
        buffer.initialize(repeating: UInt8(block % 256), count: length)
        return length
    }

    static func expected(count: Int) -> [UInt8] {
        (0..<count).flatMap { block in [UInt8](repeating: UInt8(block % 256), count: block % 7 + 1) }
    }

    @Test(arguments: [0, 1, 2, 3, 500])
    func blocksArriveInOrder(count: Int) {
        var bytes: [UInt8] = []
        var calls = 0
        forEachBlockInOrder(count: count, capacity: 8, fill: Self.fill) { block in
            bytes += block
            calls += 1
        }
        #expect(calls == count)
        #expect(bytes == Self.expected(count: count))
    }

    struct Stop: Error, Equatable {}

    /// A failing consumer stops the run: nothing is consumed after the failure, the error comes
    /// back, and the workers have stopped (the call returns).
    @Test(arguments: [0, 1, 250, 499])
    func aFailureStopsTheRun(failingBlock: Int) {
        var consumed = 0
        #expect(throws: Stop()) {
            try forEachBlockInOrder(count: 500, capacity: 8, fill: Self.fill) { _ in
                if consumed == failingBlock { throw Stop() }
                consumed += 1
            }
        }
        #expect(consumed == failingBlock)
    }
}
