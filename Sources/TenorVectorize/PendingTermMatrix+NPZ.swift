import Synchronization
import TenorSupport

extension PendingTermMatrix {
    /// Writes the matrix as ``TermMatrix/writeNPZ(to:)`` writes it, byte for byte, without
    /// holding it: every core lays out the rows of a batch at a time in a block of memory and
    /// writes each block to its place in the file as it fills, with running checksums; the small
    /// members and the headers (which carry the checksums, joined in batch order) come last.
    ///
    /// - Parameters:
    ///   - reserve: called once, before any write, with the archive's size in bytes, so that the
    ///     caller can reserve the file's space (`fallocate`) rather than have the file system
    ///     find room a page at a time as the writes arrive.
    ///   - write: puts bytes at an offset of the file, as `pwrite` does. It is called from
    ///     several threads at once, never twice for the same bytes.
    /// - Throws: an error `reserve` threw, before anything was written, or one `write` threw
    ///   (when several threads' writes failed, the one whose thread comes first), after which
    ///   the file is incomplete.
    public func writeNPZ(reserving reserve: (_ bytes: Int) throws -> Void = { _ in },
                         at write: @escaping @Sendable (UnsafeRawBufferPointer, _ offset: Int) throws -> Void) throws {
        try writeNPZ(reserving: reserve, at: write, blockEntries: 1 << 15,
                     wideIndices: TermMatrix.needsWideIndices(entries: entries, columns: columns))
    }

    /// ``writeNPZ(reserving:at:)`` with blocks of `blockEntries` entries (or of the longest row)
    /// and int64 (`wideIndices`) or int32 indices. 32,768 entries make 384 KiB a core, which stay
    /// in its cache while they are checked and copied out; a batch's last block is written as it
    /// ends. A block whose thread finds another one writing grows instead, up to twice that
    /// (see ``NPZRowBlocks``).
    func writeNPZ(reserving reserve: (_ bytes: Int) throws -> Void = { _ in },
                  at write: @escaping @Sendable (UnsafeRawBufferPointer, _ offset: Int) throws -> Void,
                  blockEntries: Int, wideIndices wide: Bool) throws {
        let indexType = wide ? "<i8" : "<i4"
        let indexWidth = wide ? 8 : 4
        let indexHeader = NumpyArray.header(type: indexType, length: entries)
        let pointerHeader = NumpyArray.header(type: indexType, length: rows + 1)
        let dataHeader = NumpyArray.header(type: "<f8", length: entries)
        let format = Self.bytes(of: NumpyArray(name: "format.npy", elements: .bytes(Array("csr".utf8))))
        let shape = Self.bytes(of: NumpyArray(name: "shape.npy", elements: .int64([Int64(rows), Int64(columns)])))
        let zip = StoredZip(members: [
            ("indices.npy", indexHeader.count + entries * indexWidth),
            ("indptr.npy", pointerHeader.count + (rows + 1) * indexWidth),
            ("format.npy", format.count),
            ("shape.npy", shape.count),
            ("data.npy", dataHeader.count + entries * 8),
        ])
        try reserve(zip.byteCount)
        let places = NPZRowBlocks.Places(indices: Int(zip.dataOffset(of: 0)) + indexHeader.count,
                                         values: Int(zip.dataOffset(of: 4)) + dataHeader.count, wide: wide)
        var rowOffsets = [Int](repeating: 0, count: rows + 1)
        let assembly = assembly
        let turn = NPZRowBlocks.WriteTurn()
        let threads = rowOffsets.withUnsafeMutableBufferPointer { offsets in
            let shared = DisjointWrites(offsets)
            return assembly.withFillers { filler, queue in
                var blocks = NPZRowBlocks(writingFrom: blockEntries, longestRow: assembly.longestRow, places: places,
                                          turn: turn, write: write)
                var checksums: [(batch: Int, indices: UInt32, values: UInt32)] = []
                while let batch = queue.take() {
                    blocks.start(at: assembly.firstEntries[batch])
                    filler.fill(batch, into: &blocks, rowOffsets: shared)
                    let (indices, values) = blocks.endBatch()
                    checksums.append((batch, indices, values))
                }
                return blocks.finish().map { checksums }
            }
        }
        // Each member's checksum: its header's, then each batch's elements' in order.
        var batchChecksums = [(indices: UInt32, values: UInt32)](repeating: (0, 0), count: assembly.batches.count)
        for result in threads {
            for checksum in try result.get() { batchChecksums[checksum.batch] = (checksum.indices, checksum.values) }
        }
        var indicesCRC = Self.checksum(indexHeader)
        var valuesCRC = Self.checksum(dataHeader)
        for (batch, checksums) in batchChecksums.enumerated() {
            let entries = assembly.firstEntries[batch + 1] - assembly.firstEntries[batch]
            indicesCRC = CRC32.joined(indicesCRC, checksums.indices, secondLength: entries * indexWidth)
            valuesCRC = CRC32.joined(valuesCRC, checksums.values, secondLength: entries * 8)
        }
        let pointers = Self.bytes(of: NumpyArray(
            name: "indptr.npy",
            elements: wide ? .int64(rowOffsets.map(Int64.init)) : .int32(rowOffsets.map { Int32(truncatingIfNeeded: $0) })))
        for (member, bytes) in [(1, pointers), (2, format), (3, shape)] {
            try bytes.withUnsafeBytes { try write($0, Int(zip.dataOffset(of: member))) }
        }
        try indexHeader.withUnsafeBytes { try write($0, Int(zip.dataOffset(of: 0))) }
        try dataHeader.withUnsafeBytes { try write($0, Int(zip.dataOffset(of: 4))) }
        let crcs = [indicesCRC, Self.checksum(pointers), Self.checksum(format), Self.checksum(shape), valuesCRC]
        for member in crcs.indices {
            try zip.localHeader(member, crc: crcs[member]).withUnsafeBytes { try write($0, Int(zip.headerOffsets[member])) }
        }
        try zip.directory(crcs: crcs).withUnsafeBytes { try write($0, Int(zip.directoryOffset)) }
    }

    /// A small member's bytes, header and elements.
    private static func bytes(of array: NumpyArray) -> [UInt8] {
        var bytes: [UInt8] = []
        array.forEachPart { bytes += $0 }
        return bytes
    }

    private static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        bytes.withUnsafeBytes { crc.update($0) }
        return crc.value
    }
}

/// One thread's rows on their way into an npz file, batch by batch: laid out in a block of
/// memory, and written to their places in `indices.npy` and `data.npy` once the block holds
/// `writingFrom` entries or a batch ends, with running checksums of each batch's part of both.
///
/// The threads take turns to write. The kernel writes into one file one call at a time (ext4
/// holds the inode's lock through a buffered write), and a thread that waits for it there
/// spins on its core: for a 38 MB archive from two threads, about 3 ms of CPU spent waiting.
/// A thread that finds the other writing keeps laying out rows instead and tries again after
/// each row; it waits only when the next row would not fit in the block's room (twice
/// `writingFrom` entries, or the longest row) or the batch ends.
struct NPZRowBlocks: RowDestination, ~Copyable {
    /// Where the first entry's column and value go in the file, and whether columns are int64.
    struct Places: Sendable {
        let indices: Int
        let values: Int
        let wide: Bool
    }

    /// The writing turn that all threads of one archive share.
    final class WriteTurn: Sendable {
        let lock = Mutex<Void>(())
    }

    private let columns: UnsafeMutableBufferPointer<Int32>
    private let values: UnsafeMutableBufferPointer<Double>
    /// The block's columns as int64, for archives whose indices are.
    private let wideColumns: UnsafeMutableBufferPointer<Int64>
    private let writingFrom: Int
    private let places: Places
    private let turn: WriteTurn
    private let write: @Sendable (UnsafeRawBufferPointer, Int) throws -> Void
    /// Entries in the block, and how many of them are in the checksums (and, for wide indices,
    /// converted); the first one's position in the matrix.
    private var filled = 0
    private var checked = 0
    private var position = 0
    private var indicesCRC = CRC32()
    private var valuesCRC = CRC32()
    private var failure: (any Error)?

    init(writingFrom: Int, longestRow: Int, places: Places, turn: WriteTurn,
         write: @escaping @Sendable (UnsafeRawBufferPointer, Int) throws -> Void) {
        let capacity = max(2 * writingFrom, longestRow)
        columns = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        wideColumns = .allocate(capacity: places.wide ? capacity : 0)
        self.writingFrom = writingFrom
        self.places = places
        self.turn = turn
        self.write = write
    }

    deinit {
        columns.deallocate()
        values.deallocate()
        wideColumns.deallocate()
    }

    /// Starts a batch whose first entry is entry `firstEntry` of the matrix.
    mutating func start(at firstEntry: Int) {
        precondition(filled == 0, "NPZRowBlocks: a batch started before the last one ended")
        position = firstEntry
    }

    mutating func room(for count: Int) -> (columns: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Double>) {
        if filled + count > columns.count {
            flush(waiting: true)
        } else if filled >= writingFrom {
            flush(waiting: false)
        }
        return (columns.baseAddress! + filled, values.baseAddress! + filled)
    }

    mutating func rowEnded(holding count: Int) { filled += count }

    /// Writes the rest of the batch; the checksums of its columns' and its values' bytes.
    mutating func endBatch() -> (indices: UInt32, values: UInt32) {
        flush(waiting: true)
        defer { (indicesCRC, valuesCRC) = (CRC32(), CRC32()) }
        return (indicesCRC.value, valuesCRC.value)
    }

    /// Nothing, or the first error a write threw (after which the rest was only checked).
    consuming func finish() -> Result<Void, any Error> {
        if let failure { return .failure(failure) }
        return .success(())
    }

    /// Writes the block when it is this thread's turn, or (`waiting`) once it is.
    private mutating func flush(waiting: Bool) {
        guard filled > 0 else { return }
        // Checked outside the turn, each entry once however often the turn is missed.
        if places.wide {
            for index in checked..<filled { wideColumns[index] = Int64(columns[index]) }
        }
        indicesCRC.update(indexBytes(checked..<filled))
        valuesCRC.update(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: values[checked..<filled])))
        checked = filled
        // After a failure the rest is only checked, not written: the caller throws the failure.
        if failure == nil {
            let written = waiting ? turn.lock.withLock { _ in writeBlock() } : turn.lock.withLockIfAvailable { _ in writeBlock() }
            // Not this thread's turn: the block grows.
            guard let written else { return }
            if case .failure(let error) = written { failure = error }
        }
        position += filled
        (filled, checked) = (0, 0)
    }

    /// Writes the block's columns and values to their places.
    private func writeBlock() -> Result<Void, any Error> {
        Result {
            try write(indexBytes(0..<filled), places.indices + position * (places.wide ? 8 : 4))
            try write(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: values[..<filled])), places.values + position * 8)
        }
    }

    /// The bytes of the block's columns `range`, as the archive holds them.
    private func indexBytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        places.wide ? UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: wideColumns[range]))
                    : UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: columns[range]))
    }
}
