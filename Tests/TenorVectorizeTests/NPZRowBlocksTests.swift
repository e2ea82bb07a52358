import Testing
@testable import TenorVectorize

/// `NPZRowBlocks` writes a block when it holds enough entries and it is the thread's turn;
/// a thread that misses its turn keeps the rows and writes them later, in one piece.
/// (`PendingNPZTests` checks whole archives written from several threads.)
@Suite struct NPZRowBlocksTests {
    typealias FileImage = PendingNPZTests.FileImage

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

    /// Blocks written from 4 entries on, with room for 8, for a batch from entry `first` on.
    static func blocks(_ turn: NPZRowBlocks.WriteTurn, into file: FileImage, from first: Int) -> NPZRowBlocks {
        var blocks = NPZRowBlocks(writingFrom: 4, longestRow: 3, places: places, turn: turn, write: { try file.write($0, at: $1) })
        blocks.start(at: first)
        return blocks
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        bytes.withUnsafeBytes { crc.update($0) }
        return crc.value
    }

    static func bytes<T>(_ values: [T]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }

    @Test func aMissedTurnGrowsTheBlock() {
        let file = FileImage()
        let turn = NPZRowBlocks.WriteTurn()
        var blocks = Self.blocks(turn, into: file, from: 0)
        // Another thread's turn: past 4 entries the block keeps filling, up to its room of 8.
        Self.whileTaken(turn) {
            Self.add([1, 2, 3], to: &blocks)
            Self.add([4, 5, 6], to: &blocks)
            Self.add([7, 8], to: &blocks)
        }
        #expect(file.places.isEmpty)
        // The next row does not fit: the block is written first, all 8 entries in one piece
        // (8 columns of 4 bytes, 8 values of 8), then the batch's last row.
        Self.add([9], to: &blocks)
        #expect(file.places == ["0+32", "1000+64"])
        let checksums = blocks.endBatch()
        #expect(file.places == ["0+32", "1000+64", "32+4", "1064+8"])
        // The columns and values, each written once, in order; each checked once.
        let columns = [Int32](1...9)
        let values = columns.map(Double.init)
        #expect(Array(file.bytes[0..<36]) == Self.bytes(columns))
        #expect(Array(file.bytes[1000..<1072]) == Self.bytes(values))
        #expect(checksums.indices == Self.checksum(Self.bytes(columns)))
        #expect(checksums.values == Self.checksum(Self.bytes(values)))
        let outcome = blocks.finish()
        #expect(throws: Never.self) { try outcome.get() }
    }

    /// With the turn free, a block is written as soon as it holds 4 entries.
    @Test func aFreeTurnWritesAtOnce() {
        let file = FileImage()
        var blocks = Self.blocks(NPZRowBlocks.WriteTurn(), into: file, from: 10)
        for row: [Int32] in [[1, 2, 3], [4, 5]] { Self.add(row, to: &blocks) }
        #expect(file.places.isEmpty)
        // Five entries from entry 10 on: columns at 40, values at 1000 + 80.
        Self.add([6], to: &blocks)
        #expect(file.places == ["40+20", "1080+40"])
        _ = blocks.endBatch()
        #expect(file.places == ["40+20", "1080+40", "60+4", "1120+8"])
    }
}
