import TenorLinearAlgebra

/// Rows cut in two by column: the frequent ("dense") columns gathered into a dense single-precision
/// block for SGEMM, and the remaining ("tail") entries kept sparse.
struct SplitRows: Sendable {
    /// rows × dense columns, row-major; column `s` holds the column whose slot is `s`.
    let dense: DenseMatrix<Float>
    /// The entries in tail columns, in the original column numbering.
    let tail: SparseMatrix<Float>

    var rows: Int { tail.rows }

    /// Dense rows only (embeddings), scaled to unit length; a zero row stays zero.
    init(unitRowsOf matrix: DenseMatrix<Double>) {
        var elements = [Float](repeating: 0, count: matrix.rows * matrix.columns)
        for row in 0..<matrix.rows {
            var sum = 0.0
            for column in 0..<matrix.columns { sum += matrix[row, column] * matrix[row, column] }
            guard sum > 0 else { continue }
            let length = sum.squareRoot()
            for column in 0..<matrix.columns {
                elements[row * matrix.columns + column] = Float(matrix[row, column] / length)
            }
        }
        dense = DenseMatrix(rows: matrix.rows, columns: matrix.columns, elements: elements)
        tail = SparseMatrix(
            rows: matrix.rows, columns: 0, rowOffsets: [Int](repeating: 0, count: matrix.rows + 1),
            columnIndices: [], values: [])
    }

    /// Splits `matrix` with `slots[column]`: a dense slot (0..<denseColumns) or -1 for the tail.
    /// Rows are scaled to unit length on the way (a zero row stays zero), so dot products are
    /// cosines whatever weighting made the rows (counts, l1, no norm); rows already of unit
    /// length (the default l2) change by rounding only.
    ///
    /// - Complexity: O(rows × denseColumns + nonzeros).
    init(_ matrix: SparseMatrix<Double>, slots: [Int32], denseColumns: Int) {
        var dense = [Float](repeating: 0, count: matrix.rows * denseColumns)
        var offsets = [0], columns: [Int32] = [], values: [Float] = []
        offsets.reserveCapacity(matrix.rows + 1)
        for row in 0..<matrix.rows {
            let entries = matrix.rowOffsets[row]..<matrix.rowOffsets[row + 1]
            let length = entries.reduce(0.0) { $0 + matrix.values[$1] * matrix.values[$1] }.squareRoot()
            for entry in entries {
                let column = matrix.columnIndices[entry]
                let slot = slots[Int(column)]
                let value = length > 0 ? Float(matrix.values[entry] / length) : 0
                if slot >= 0 {
                    dense[row * denseColumns + Int(slot)] = value
                } else {
                    columns.append(column)
                    values.append(value)
                }
            }
            offsets.append(values.count)
        }
        self.dense = DenseMatrix(rows: matrix.rows, columns: denseColumns, elements: dense)
        tail = SparseMatrix(
            rows: matrix.rows, columns: matrix.columns, rowOffsets: offsets, columnIndices: columns, values: values)
    }
}
