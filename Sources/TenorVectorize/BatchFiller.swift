import TenorSupport

/// One thread's part of ``MatrixAssembly``: lays out the rows of the batches it is given, with
/// buffers it reuses from batch to batch.
struct BatchFiller: ~Copyable {
    private let assembly: MatrixAssembly
    private let sorter: RowSorter
    private let weights: UnsafeMutableBufferPointer<Double>

    init(_ assembly: MatrixAssembly) {
        self.assembly = assembly
        sorter = RowSorter(capacity: assembly.longestRow, columnCount: assembly.columns)
        weights = .allocate(capacity: assembly.longestRow)
    }

    deinit {
        weights.deallocate()
    }

    /// Hands `batch`'s rows, in order, to `destination`, and writes each row's end offset (over
    /// the whole matrix) into `rowOffsets`.
    func fill<Destination: RowDestination & ~Copyable>(_ batch: Int, into destination: inout Destination, rowOffsets: DisjointWrites<Int>) {
        // Locals, not stored properties, in the loop: through `self` each would be loaded again
        // for every entry.
        let (rowColumns, weights) = (sorter.columns, weights)
        let (chunk, rows) = assembly.batches[batch]
        let counts = assembly.counted[chunk]
        let weighting = assembly.options.weighting
        let largestCount: Int32 = assembly.options.binary ? 1 : .max
        var position = assembly.firstEntries[batch]
        // The batch's first row in the matrix, less its first row in the chunk.
        let rowShift = assembly.firstRows[batch] - rows.lowerBound
        counts.termIDs.withUnsafeBufferPointer { termIDs in
            counts.counts.withReader { termCounts in
                assembly.columnsOfChunks[chunk].withUnsafeBufferPointer { columnOf in
                    assembly.idfOfChunks[chunk].withUnsafeBufferPointer { idfOf in
                        for row in rows {
                            var kept = 0
                            for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
                                let id = Int(termIDs[entry])
                                guard columnOf[id] >= 0 else { continue }
                                rowColumns[kept] = columnOf[id]
                                weights[kept] = weighting.weight(
                                    count: Double(min(termCounts[entry], largestCount)), idf: idfOf[id])
                                kept += 1
                            }
                            let (columns, values) = destination.room(for: kept)
                            sorter.forEachPlace(count: kept) { entry, place in
                                columns[place] = rowColumns[entry]
                                values[place] = weights[entry]
                            }
                            weighting.normalize(UnsafeMutableBufferPointer(start: values, count: kept))
                            destination.rowEnded(holding: kept)
                            position += kept
                            rowOffsets.buffer[rowShift + row + 1] = position
                        }
                    }
                }
            }
        }
        precondition(position == assembly.firstEntries[batch + 1],
                     "MatrixAssembly: batch \(batch) kept \(position - assembly.firstEntries[batch]) entries, its counts promised \(assembly.firstEntries[batch + 1] - assembly.firstEntries[batch])")
    }
}
