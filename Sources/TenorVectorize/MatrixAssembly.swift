import TenorMatrix
import TenorText
import TenorSupport

/// Turns the counted chunks into the final CSR matrix: entries mapped to their columns (dropped
/// terms left out), sorted by column, weighted.
///
/// One parallel pass over the entries. Where each chunk's rows start is known before it: a
/// chunk holds as many entries of a term as paragraphs hold the term, so its kept entries are the
/// sum of its kept terms' document frequencies, and no pass over the entries has to size them.
struct MatrixAssembly: Sendable {
    let counted: [TermCounts]
    /// Per chunk, chunk-local id → column, or -1 for a dropped term.
    let columnsOfChunks: [[Int32]]
    let options: VectorizerOptions
    let idf: [Double]?

    func matrix(columns: Int) -> SparseMatrix<Double> {
        let firstEntries = counted.indices.reduce(into: [0]) { $0.append($0.last! + keptEntries(of: $1)) }
        let firstRows = counted.reduce(into: [0]) { $0.append($0.last! + $1.rows) }
        let (entries, rows) = (firstEntries.last!, firstRows.last!)
        var rowOffsets = [Int](repeating: 0, count: rows + 1)
        var values: [Double] = []
        // Left uninitialised: each kept position is written once, by the thread filling its chunk,
        // and that first touch maps the page (zeroing them first faulted them in on one thread).
        let columnIndices = [Int32](unsafeUninitializedCapacity: entries) { columnBuffer, columnCount in
            values = [Double](unsafeUninitializedCapacity: entries) { valueBuffer, valueCount in
                HugePages.advise(columnBuffer)
                HugePages.advise(valueBuffer)
                rowOffsets.withUnsafeMutableBufferPointer { offsetBuffer in
                    let target = Target(columns: columnBuffer, values: valueBuffer, rowOffsets: offsetBuffer)
                    _ = parallelMap(counted.count) { chunk in
                        fill(chunk, from: firstEntries[chunk], to: firstEntries[chunk + 1], firstRow: firstRows[chunk], columns: columns, into: target)
                    }
                }
                valueCount = entries
            }
            columnCount = entries
        }
        return SparseMatrix(builtValid: rows, columns: columns, rowOffsets: rowOffsets,
                            columnIndices: columnIndices, values: values)
    }

    /// How many of `chunk`'s entries survive pruning: each kept term's entries, one per
    /// paragraph of the chunk that holds it.
    private func keptEntries(of chunk: Int) -> Int {
        zip(counted[chunk].documentFrequencies, columnsOfChunks[chunk]).reduce(0) { kept, term in
            term.1 >= 0 ? kept + Int(term.0) : kept
        }
    }

    /// Writes the kept entries of `chunk`'s rows into positions `start..<end`, and each row's end
    /// offset; `columns` is the number of columns.
    private func fill(_ chunk: Int, from start: Int, to end: Int, firstRow: Int, columns columnCount: Int, into target: Target) {
        let counts = counted[chunk]
        let columnOf = columnsOfChunks[chunk]
        // Each term's idf by chunk-local id rather than by column: local ids number terms in order
        // of first sight, so the frequent terms' idfs share a few cache lines instead of being
        // spread over the whole vocabulary.
        let idfOf = columnOf.map { column in column < 0 ? 0 : idf?[Int(column)] ?? 1 }
        let longest = (0..<counts.rows).reduce(0) { max($0, counts.rowOffsets[$1 + 1] - counts.rowOffsets[$1]) }
        let sorter = RowSorter(capacity: longest, columnCount: columnCount)
        let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: longest)
        defer { weights.deallocate() }
        let weighting = options.weighting
        let largestCount: Int32 = options.binary ? 1 : .max
        var position = start
        counts.termIDs.withUnsafeBufferPointer { termIDs in
            counts.counts.withUnsafeBufferPointer { termCounts in
                columnOf.withUnsafeBufferPointer { columnOf in
                    idfOf.withUnsafeBufferPointer { idfOf in
                        let (columns, values) = (target.columns, target.values)
                        for row in 0..<counts.rows {
                            var kept = 0
                            for entry in counts.rowOffsets[row]..<counts.rowOffsets[row + 1] {
                                let id = Int(termIDs[entry])
                                guard columnOf[id] >= 0 else { continue }
                                sorter.columns[kept] = columnOf[id]
                                weights[kept] = weighting.weight(
                                    count: Double(min(termCounts[entry], largestCount)), idf: idfOf[id])
                                kept += 1
                            }
                            var next = position
                            sorter.forEachInColumnOrder(count: kept) { column, entry in
                                columns[next] = column
                                values[next] = weights[entry]
                                next += 1
                            }
                            weighting.normalize(UnsafeMutableBufferPointer(rebasing: values[position..<(position + kept)]))
                            position += kept
                            target.rowOffsets[firstRow + row + 1] = position
                        }
                    }
                }
            }
        }
        precondition(position == end, "MatrixAssembly: chunk \(chunk) kept \(position - start) entries, its counts promised \(end - start)")
    }

    /// The final arrays, which the chunks write in disjoint parts at once.
    private struct Target: @unchecked Sendable {
        let columns: UnsafeMutableBufferPointer<Int32>
        let values: UnsafeMutableBufferPointer<Double>
        let rowOffsets: UnsafeMutableBufferPointer<Int>
    }
}
