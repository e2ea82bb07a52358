import TenorText

extension TermMatrix {
    /// Writes the matrix as Matrix Market text (`coordinate real general`, 1-based row and
    /// column numbers, rows = paragraphs), the format `scipy.io.mmread` reads. Values carry
    /// 12 significant digits (see ``DecimalFormatting``).
    ///
    /// Blocks of rows are formatted in parallel into buffers that are reused, and handed to
    /// `sink` in order, so memory stays bounded by a few blocks whatever the matrix size.
    ///
    /// - Parameter comments: lines written after the banner, each prefixed with `%`.
    public func writeMatrixMarket(
        comments: [String] = [], to sink: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var header = "%%MatrixMarket matrix coordinate real general\n"
        for comment in comments { header += "% \(comment)\n" }
        header += "\(rows) \(columns) \(values.values.count)\n"
        try Array(header.utf8).withUnsafeBytes(sink)

        let blocks = balancedRanges(count: rows, parts: max(1, values.values.count / 65_536)) {
            values.rowOffsets[$0 + 1] - values.rowOffsets[$0]
        }
        let blockCapacity = blocks.reduce(0) { longest, block in
            max(longest, values.rowOffsets[block.upperBound] - values.rowOffsets[block.lowerBound])
        } * Self.matrixMarketLineLimit
        let workers = min(availableWorkers, blocks.count)
        let buffers = (0..<workers).map { _ in OutputBuffer(capacity: blockCapacity) }
        defer { buffers.forEach { $0.deallocate() } }
        var next = 0
        while next < blocks.count {
            let batch = Array(blocks[next..<min(next + workers, blocks.count)])
            let lengths = parallelMap(batch.count) { self.writeMatrixMarketLines(rows: batch[$0], into: buffers[$0]) }
            for (buffer, length) in zip(buffers, lengths) {
                try sink(UnsafeRawBufferPointer(start: buffer.start, count: length))
            }
            next += batch.count
        }
    }

    /// Two numbers of at most ``DecimalFormatting/maximumLength`` bytes, a value, three separators.
    private static let matrixMarketLineLimit = 3 * DecimalFormatting.maximumLength

    /// Writes the entry lines of a run of rows into `buffer`; returns the bytes written.
    private func writeMatrixMarketLines(rows: Range<Int>, into buffer: OutputBuffer) -> Int {
        DecimalFormatting.withWriter { writer in
            var output = buffer.start
            // A row's number and the space after it, written once and copied to each entry.
            var rowText = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
            rowText.withUnsafeMutableBufferPointer { rowText in
                for row in rows {
                    let rowLength = writer.write(row + 1, to: rowText.baseAddress!)
                    rowText[rowLength] = 0x20
                    for entry in values.rowOffsets[row]..<values.rowOffsets[row + 1] {
                        output.update(from: rowText.baseAddress!, count: rowLength + 1)
                        output += rowLength + 1
                        output += writer.write(Int(values.columnIndices[entry]) + 1, to: output)
                        output[0] = 0x20
                        output += 1
                        output += writer.write(values.values[entry], to: output)
                        output[0] = 0x0A
                        output += 1
                    }
                }
            }
            return output - buffer.start
        }
    }
}

/// A byte buffer one worker fills while the others fill theirs; allocated once per write.
private struct OutputBuffer: @unchecked Sendable {
    let start: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        start = .allocate(capacity: max(1, capacity))
    }

    func deallocate() { start.deallocate() }
}
