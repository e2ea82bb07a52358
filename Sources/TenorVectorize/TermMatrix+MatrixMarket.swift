import TenorText
import TenorSupport

extension TermMatrix {
    /// Writes the matrix as Matrix Market text (`coordinate real general`, 1-based row and
    /// column numbers, rows = paragraphs), the format `scipy.io.mmread` reads. Values carry
    /// 12 significant digits (see ``DecimalFormatting``).
    ///
    /// Blocks of rows are formatted in parallel and handed to `sink` in order on the calling
    /// thread while later blocks are being formatted (see ``forEachBlockInOrder``), so a sink
    /// that writes to a file overlaps the formatting, and memory stays bounded by a few blocks
    /// whatever the matrix size.
    ///
    /// - Parameter comments: lines written after the banner, each prefixed with `%`.
    public func writeMatrixMarket(
        comments: [String] = [], to sink: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var header = "%%MatrixMarket matrix coordinate real general\n"
        for comment in comments { header += "% \(comment)\n" }
        header += "\(rows) \(columns) \(values.values.count)\n"
        try Array(header.utf8).withUnsafeBytes(sink)

        let blocks = balancedRanges(count: rows, parts: max(1, values.values.count / Self.entriesPerBlock)) {
            values.rowOffsets[$0 + 1] - values.rowOffsets[$0]
        }
        let blockCapacity = blocks.reduce(0) { longest, block in
            max(longest, values.rowOffsets[block.upperBound] - values.rowOffsets[block.lowerBound])
        } * Self.matrixMarketLineLimit
        try forEachBlockInOrder(count: blocks.count, capacity: blockCapacity, fill: { block, buffer in
            self.writeMatrixMarketLines(rows: blocks[block], into: buffer)
        }, consume: sink)
    }

    /// About 450 KB of text per block: small enough to be still in cache when it is written
    /// out, large enough to make the write calls and the hand-over between threads negligible.
    private static let entriesPerBlock = 16_384

    /// Three numbers of at most ``DecimalFormatting/maximumLength`` bytes each, counting the
    /// bytes their writers store past their ends (which cover the three separators).
    private static let matrixMarketLineLimit = 3 * DecimalFormatting.maximumLength

    /// Writes the entry lines of a run of rows into `buffer`; returns the bytes written.
    private func writeMatrixMarketLines(rows: Range<Int>, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        values.rowOffsets.withUnsafeBufferPointer { rowOffsets in
            values.columnIndices.withUnsafeBufferPointer { columnIndices in
                values.values.withUnsafeBufferPointer { weights in
                    DecimalFormatting.withWriter { writer in
                        Self.writeMatrixMarketLines(
                            rows: rows, rowOffsets: rowOffsets, columnIndices: columnIndices, values: weights,
                            writer: writer, into: buffer)
                    }
                }
            }
        }
    }

    /// The loop of ``writeMatrixMarketLines(rows:into:)``, over buffers (no bounds checks) and
    /// with its output position in a register.
    private static func writeMatrixMarketLines(
        rows: Range<Int>, rowOffsets: UnsafeBufferPointer<Int>, columnIndices: UnsafeBufferPointer<Int32>,
        values: UnsafeBufferPointer<Double>, writer: DecimalFormatting.Writer, into buffer: UnsafeMutablePointer<UInt8>
    ) -> Int {
        // A row's number and the space after it, written once and copied to each entry whole (a
        // fixed-size copy is a couple of vector moves; only its length counts).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalFormatting.maximumLength) { rowText in
            rowText.initialize(repeating: 0)
            let rowText = UnsafeMutableRawPointer(rowText.baseAddress!)
            var output = buffer
            for row in rows {
                let rowLength = writer.write(row + 1, to: rowText.assumingMemoryBound(to: UInt8.self)) + 1
                rowText.storeBytes(of: 0x20, toByteOffset: rowLength - 1, as: UInt8.self)
                for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                    UnsafeMutableRawPointer(output).copyMemory(from: rowText, byteCount: DecimalFormatting.maximumLength)
                    output += rowLength
                    output += writer.write(Int(columnIndices[entry]) &+ 1, to: output)
                    output[0] = 0x20
                    output += 1
                    output += writer.write(values[entry], to: output)
                    output[0] = 0x0A
                    output += 1
                }
            }
            return output - buffer
        }
    }
}
