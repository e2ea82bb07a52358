import Synchronization
import Testing
@testable import TenorVectorize

/// `NPZRowBlocks` writes a block when it holds enough entries and it is the thread's turn;
/// a thread that misses its turn keeps the rows and writes them later, in one piece.
/// (`PendingNPZTests` checks whole archives written from several threads.)
@Suite struct NPZRowBlocksTests {
    /// The writes, in the order they came: offset and bytes.
    final class WriteLog: Sendable {
        private let writes = Mutex<[(offset: Int, bytes: [UInt8])]>([])

        func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
            writes.withLock { $0.append((offset, Array(bytes))) }
        }

        var all: [(offset: Int, bytes: [UInt8])] { writes.withLock { $0 } }
    }

    /// Indices go from offset 0, values from 1000; a block is written from 4 entries on, and
    /// its room is 8.
    static let places = NPZRowBlocks.Places(indices: 0, values: 1000, wide: false)

    /// Adds a row whose columns are `columns` and whose values are the same numbers.
    static func add(_ columns: [Int32], to blocks: inout NPZRowBlocks) {
        let (columnRoom, valueRoom) = blocks.room(for: columns.count)
        for (index, column) in columns.enumerated() {
            columnRoom[index] = column
            valueRoom[index] = Double(column)
        }
        blocks.rowEnded(holding: columns.count)
    }

    /// Runs `body` while the turn is taken, as by another thread writing.
    static func whileTaken(_ turn: NPZRowBlocks.WriteTurn, _ body: () -> Void) {
        turn.lock.withLock { _ in body() }
    }

    static func bytes<T>(_ values: [T]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }

    @Test func aMissedTurnGrowsTheBlock() {
        let log = WriteLog()
        let turn = NPZRowBlocks.WriteTurn()
        var blocks = NPZRowBlocks(writingFrom: 4, longestRow: 3, places: Self.places, turn: turn,
                                  write: { log.write($0, at: $1) })
        blocks.start(at: 0)
        // Another thread's turn: past 4 entries the block keeps filling, up to its room of 8.
        Self.whileTaken(turn) {
            Self.add([1, 2, 3], to: &blocks)
            Self.add([4, 5, 6], to: &blocks)
            Self.add([7, 8], to: &blocks)
        }
        #expect(log.all.isEmpty)
        // The next row does not fit: the block is written first, all 8 entries in one piece.
        Self.add([9], to: &blocks)
        #expect(log.all.map(\.offset) == [0, 1000])
        #expect(log.all.map(\.bytes.count) == [8 * 4, 8 * 8])
        let checksums = blocks.endBatch()
        #expect(log.all.map(\.offset) == [0, 1000, 32, 1064])
        // The columns and values, each written once, in order; each checked once.
        let columns = [Int32](1...9)
        let values = columns.map(Double.init)
        #expect(log.all[0].bytes + log.all[2].bytes == Self.bytes(columns))
        #expect(log.all[1].bytes + log.all[3].bytes == Self.bytes(values))
        var indicesCRC = CRC32()
        Self.bytes(columns).withUnsafeBytes { indicesCRC.update($0) }
        var valuesCRC = CRC32()
        Self.bytes(values).withUnsafeBytes { valuesCRC.update($0) }
        #expect(checksums.indices == indicesCRC.value)
        #expect(checksums.values == valuesCRC.value)
        let outcome = blocks.finish()
        #expect(throws: Never.self) { try outcome.get() }
    }

    /// With the turn free, a block is written as soon as it holds 4 entries.
    @Test func aFreeTurnWritesAtOnce() {
        let log = WriteLog()
        var blocks = NPZRowBlocks(writingFrom: 4, longestRow: 3, places: Self.places, turn: NPZRowBlocks.WriteTurn(),
                                  write: { log.write($0, at: $1) })
        blocks.start(at: 10)
        Self.add([1, 2, 3], to: &blocks)
        Self.add([4, 5], to: &blocks)
        #expect(log.all.isEmpty)
        Self.add([6], to: &blocks)
        #expect(log.all.map(\.offset) == [40, 1080])
        #expect(log.all.map(\.bytes.count) == [5 * 4, 5 * 8])
        _ = blocks.endBatch()
        #expect(log.all.map(\.offset) == [40, 1080, 60, 1120])
    }
}
