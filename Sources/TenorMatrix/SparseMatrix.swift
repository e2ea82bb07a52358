/// A sparse matrix in compressed sparse row (CSR) form.
///
/// The nonzeros of row i are at positions `rowOffsets[i]..<rowOffsets[i + 1]`
/// of `columnIndices` and `values`, with column indices strictly increasing.
/// The representation is therefore canonical, and `==` compares matrices.
public struct SparseMatrix<Scalar: MatrixScalar>: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// Where each row starts in `columnIndices` and `values`, plus the end: rows + 1 entries.
    public let rowOffsets: [Int]
    /// The column of each stored value.
    public let columnIndices: [Int32]
    /// The stored values, row after row.
    public let values: [Scalar]

    /// A matrix from its CSR arrays, which are validated.
    ///
    /// - Precondition: `rowOffsets` has rows + 1 entries, starts at 0, never
    ///   decreases and ends at `values.count`; `columnIndices` matches `values`
    ///   in length and strictly increases within each row, inside 0..<columns.
    /// - Complexity: O(rows + values.count).
    public init(
        rows: Int, columns: Int, rowOffsets: [Int], columnIndices: [Int32], values: [Scalar]
    ) {
        self.init(checkingShapes: rows, columns: columns, rowOffsets: rowOffsets, columnIndices: columnIndices, values: values)
        Self.requireOrderedColumns(rows: rows, columns: columns, rowOffsets: rowOffsets, columnIndices: columnIndices)
    }

    /// A matrix from CSR arrays that the caller built valid by construction (the term matrix
    /// assembly sorts every row and numbers only known columns): the shapes are validated, the
    /// millions of column indices only in debug builds, where the tests run.
    package init(
        builtValid rows: Int, columns: Int, rowOffsets: [Int], columnIndices: [Int32], values: [Scalar]
    ) {
        self.init(checkingShapes: rows, columns: columns, rowOffsets: rowOffsets, columnIndices: columnIndices, values: values)
        assert({
            Self.requireOrderedColumns(rows: rows, columns: columns, rowOffsets: rowOffsets, columnIndices: columnIndices)
            return true
        }())
    }

    /// Stores the arrays after checking that their lengths fit the shape.
    private init(
        checkingShapes rows: Int, columns: Int, rowOffsets: [Int], columnIndices: [Int32], values: [Scalar]
    ) {
        require(rows >= 0 && columns >= 0, "SparseMatrix: negative shape \(rows)×\(columns)")
        require(
            rowOffsets.count == rows + 1,
            "SparseMatrix: \(rows) rows need \(rows + 1) row offsets, got \(rowOffsets.count)")
        require(
            columnIndices.count == values.count,
            "SparseMatrix: \(columnIndices.count) column indices but \(values.count) values")
        require(
            rowOffsets.first == 0 && rowOffsets.last == values.count,
            "SparseMatrix: row offsets must run from 0 to \(values.count), the number of values")
        self.rows = rows
        self.columns = columns
        self.rowOffsets = rowOffsets
        self.columnIndices = columnIndices
        self.values = values
    }

    /// Each row's offsets in order and its column indices strictly increasing inside 0..<columns.
    private static func requireOrderedColumns(rows: Int, columns: Int, rowOffsets: [Int], columnIndices: [Int32]) {
        for row in 0..<rows {
            let (start, end) = (rowOffsets[row], rowOffsets[row + 1])
            require(start <= end, "SparseMatrix: row offsets decrease at row \(row)")
            var previous: Int32 = -1
            for column in columnIndices[start..<end] {
                require(
                    column > previous && column < columns,
                    "SparseMatrix: row \(row) has column index \(column) out of order or outside 0..<\(columns)")
                previous = column
            }
        }
    }

    /// The nonzeros of a dense matrix.
    ///
    /// - Complexity: O(rows × columns).
    public init(_ dense: DenseMatrix<Scalar>) {
        var rowOffsets = [0], columnIndices: [Int32] = [], values: [Scalar] = []
        for i in 0..<dense.rows {
            for j in 0..<dense.columns where dense[i, j] != 0 {
                columnIndices.append(Int32(j))
                values.append(dense[i, j])
            }
            rowOffsets.append(values.count)
        }
        self.init(
            rows: dense.rows, columns: dense.columns,
            rowOffsets: rowOffsets, columnIndices: columnIndices, values: values)
    }

    /// The stored entries of row `i`.
    public func row(_ i: Int) -> (columnIndices: ArraySlice<Int32>, values: ArraySlice<Scalar>) {
        require((0..<rows).contains(i), "SparseMatrix: row \(i) out of bounds for \(rows) rows")
        let range = rowOffsets[i]..<rowOffsets[i + 1]
        return (columnIndices[range], values[range])
    }

    /// The transpose, still in CSR form (that is, this matrix in CSC form).
    ///
    /// - Complexity: O(rows + columns + values.count).
    public func transposed() -> SparseMatrix {
        // Count each column's entries, then place them row by row, which keeps
        // the new column indices (the old rows) increasing.
        var offsets = [Int](repeating: 0, count: columns + 1)
        for column in columnIndices { offsets[Int(column) + 1] += 1 }
        for j in 0..<columns { offsets[j + 1] += offsets[j] }
        var next = offsets
        var indices = [Int32](repeating: 0, count: values.count)
        var transposedValues = [Scalar](repeating: 0, count: values.count)
        for i in 0..<rows {
            for p in rowOffsets[i]..<rowOffsets[i + 1] {
                let j = Int(columnIndices[p])
                indices[next[j]] = Int32(i)
                transposedValues[next[j]] = values[p]
                next[j] += 1
            }
        }
        return SparseMatrix(
            rows: columns, columns: rows,
            rowOffsets: offsets, columnIndices: indices, values: transposedValues)
    }
}

extension DenseMatrix {
    /// The dense form of a sparse matrix.
    ///
    /// - Complexity: O(rows × columns + values.count).
    public init(_ sparse: SparseMatrix<Scalar>) {
        self.init(rows: sparse.rows, columns: sparse.columns, repeating: 0)
        for i in 0..<sparse.rows {
            let (columnIndices, values) = sparse.row(i)
            for (j, value) in zip(columnIndices, values) { self[i, Int(j)] = value }
        }
    }
}
