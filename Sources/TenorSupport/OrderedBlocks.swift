import Dispatch
import Synchronization

/// Fills `count` blocks of at most `capacity` bytes in parallel and hands them to `consume` in
/// block order, on the calling thread, while the following blocks are being filled.
///
/// Made for writing large text files: formatting runs on every core while the calling thread
/// writes the blocks already formatted, so the write calls (the kernel's copy into the page
/// cache) overlap the formatting instead of leaving the other cores idle after each batch.
/// Memory stays bounded: a ring of a few buffers of `capacity` bytes, reused from block to block.
///
/// `fill(block, buffer)` writes block `block` into `buffer` and returns the bytes it wrote; the
/// calls must be independent of each other. When `consume` throws, the blocks not yet filled are
/// skipped, and the error is rethrown once every worker has stopped.
package func forEachBlockInOrder(
    count: Int, capacity: Int,
    fill: @Sendable (_ block: Int, _ buffer: UnsafeMutablePointer<UInt8>) -> Int,
    consume: (UnsafeRawBufferPointer) throws -> Void
) rethrows {
    let workers = min(availableWorkers, count)
    guard workers > 1 else {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, capacity))
        defer { buffer.deallocate() }
        for block in 0..<count { try consume(UnsafeRawBufferPointer(start: buffer, count: fill(block, buffer))) }
        return
    }
    // Two spare buffers beside the one each worker fills, so that a worker rarely waits for
    // the calling thread to finish writing.
    let ring = BlockRing(slots: workers + 2, capacity: capacity)
    defer { ring.deallocate() }
    try withoutActuallyEscaping(fill) { fill in
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { ring.fillBlocks(count: count, with: fill) }
        }
        var next = 0
        do {
            while next < count {
                let bytes = ring.waitUntilFilled(next)
                next += 1
                defer { ring.release() }
                try consume(bytes)
            }
        } catch {
            // The workers run out of blocks once the rest are taken (empty) and released.
            ring.cancel()
            for block in next..<count {
                _ = ring.waitUntilFilled(block)
                ring.release()
            }
            group.wait()
            throw error
        }
        group.wait()
    }
}

/// The buffers of ``forEachBlockInOrder(count:capacity:fill:consume:)``: block `b` is filled in
/// slot `b % slots`.
///
/// A worker takes a free slot before it takes a block number, and the consumer frees slots in
/// block order, so the blocks being filled or waiting are always fewer than `slots` consecutive
/// ones: no two of them share a slot, and a block's slot has been consumed before it is refilled.
private final class BlockRing: @unchecked Sendable {
    /// One buffer. `filled` and the ring's `freeSlots` order every access to `bytes` and
    /// `length`: a worker writes them only after taking a free slot, the consumer reads them
    /// only after `filled` — hence `@unchecked`.
    final class Slot {
        let bytes: UnsafeMutablePointer<UInt8>
        var length = 0
        let filled = DispatchSemaphore(value: 0)

        init(capacity: Int) { bytes = .allocate(capacity: max(1, capacity)) }
    }

    private let slots: [Slot]
    private let freeSlots: DispatchSemaphore
    /// The next block a worker takes.
    private let nextBlock = Atomic(0)
    private let cancelled = Atomic(false)

    init(slots: Int, capacity: Int) {
        self.slots = (0..<slots).map { _ in Slot(capacity: capacity) }
        freeSlots = DispatchSemaphore(value: slots)
    }

    func deallocate() { slots.forEach { $0.bytes.deallocate() } }

    /// A worker's loop: takes blocks in increasing order until none is left.
    func fillBlocks(count: Int, with fill: (Int, UnsafeMutablePointer<UInt8>) -> Int) {
        while true {
            freeSlots.wait()
            let block = nextBlock.add(1, ordering: .relaxed).oldValue
            guard block < count else { freeSlots.signal(); return }
            let slot = slots[block % slots.count]
            slot.length = cancelled.load(ordering: .relaxed) ? 0 : fill(block, slot.bytes)
            slot.filled.signal()
        }
    }

    /// The bytes of block `block`, once filled.
    func waitUntilFilled(_ block: Int) -> UnsafeRawBufferPointer {
        let slot = slots[block % slots.count]
        slot.filled.wait()
        return UnsafeRawBufferPointer(start: slot.bytes, count: slot.length)
    }

    /// The oldest block is consumed: its slot can take a new block.
    func release() { freeSlots.signal() }

    /// Later blocks are left empty.
    func cancel() { cancelled.store(true, ordering: .relaxed) }
}
