import TenorLinearAlgebra
import TenorText

/// Turns the counted chunks into the final CSR matrix: entries mapped to their columns (dropped
/// terms left out), sorted by column, weighted.
///
/// Two parallel passes over the chunks: the first sizes every row, so the second writes each
/// chunk's rows straight into its own slice of the final arrays, with no concatenation.
struct MatrixAssembly: Sendable {
    let counted: [TermCounts]
    /// Per chunk, chunk-local id → column, or -1 for a dropped term.
    let columnsOfChunks: [[Int32]]
    let options: VectorizerOptions
    let idf: [Double]?

    func matrix(columns: Int) -> SparseMatrix<Double> {
        let lengths = parallelMap(counted.count) { chunk in keptLengths(of: chunk) }
        var rowOffsets = [0]
        rowOffsets.reserveCapacity(lengths.reduce(1) { $0 + $1.count })
        for length in lengths.joined() { rowOffsets.append(rowOffsets.last! + length) }
        var firstRow = 0
        let starts = counted.map { chunk in
            defer { firstRow += chunk.rows }
            return rowOffsets[firstRow]
        }

        let entries = rowOffsets.last!
        var columnIndices = [Int32](repeating: 0, count: entries)
        var values = [Double](repeating: 0, count: entries)
        columnIndices.withUnsafeMutableBufferPointer { columnBuffer in
            values.withUnsafeMutableBufferPointer { valueBuffer in
                let (columnTarget, valueTarget) = (DisjointWrites(columnBuffer), DisjointWrites(valueBuffer))
                _ = parallelMap(counted.count) { chunk in
                    fill(chunk, from: starts[chunk], columns: columnTarget.buffer, values: valueTarget.buffer)
                }
            }
        }
        return SparseMatrix(rows: rowOffsets.count - 1, columns: columns, rowOffsets: rowOffsets,
                            columnIndices: columnIndices, values: values)
    }

    /// How many entries of each row of `chunk` survive pruning.
    private func keptLengths(of chunk: Int) -> [Int] {
        let counts = counted[chunk]
        let columnOf = columnsOfChunks[chunk]
        return (0..<counts.rows).map { row in
            (counts.rowOffsets[row]..<counts.rowOffsets[row + 1]).reduce(0) { kept, entry in
                kept + (columnOf[Int(counts.termIDs[entry])] >= 0 ? 1 : 0)
            }
        }
    }

    /// Writes the rows of `chunk` from position `start` of the final arrays.
    private func fill(
        _ chunk: Int, from start: Int, columns: UnsafeMutableBufferPointer<Int32>, values: UnsafeMutableBufferPointer<Double>
    ) {
        let counts = counted[chunk]
        let columnOf = columnsOfChunks[chunk]
        // (column << 32 | count): sorting the packed words sorts a row by column.
        var entries: [UInt64] = []
        var position = start
        for row in 0..<counts.rows {
            entries.removeAll(keepingCapacity: true)
            for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
                let column = columnOf[Int(counts.termIDs[entry])]
                if column >= 0 { entries.append(UInt64(column) << 32 | UInt64(counts.counts[entry])) }
            }
            sortSmall(&entries)
            for (offset, packed) in entries.enumerated() {
                columns[position + offset] = Int32(truncatingIfNeeded: packed >> 32)
                values[position + offset] = options.binary ? 1 : Double(UInt32(truncatingIfNeeded: packed))
            }
            options.weighting.weigh(
                UnsafeMutableBufferPointer(rebasing: values[position..<(position + entries.count)]),
                columns: UnsafeBufferPointer(UnsafeMutableBufferPointer(rebasing: columns[position..<(position + entries.count)])),
                idf: idf)
            position += entries.count
        }
    }
}

/// Insertion sort for the short rows that dominate; the library sort beyond.
@inline(__always)
private func sortSmall(_ values: inout [UInt64]) {
    guard values.count > 24 else {
        values.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices.dropFirst() {
                let value = buffer[index]
                var position = index
                while position > 0, buffer[position - 1] > value {
                    buffer[position] = buffer[position - 1]
                    position -= 1
                }
                buffer[position] = value
            }
        }
        return
    }
    values.sort()
}
