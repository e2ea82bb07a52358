extension SparseMatrix {
    /// A copy of the rows in `range`, with the same columns.
    ///
    /// - Complexity: O(range.count + the rows' nonzeros).
    public subscript(rows range: Range<Int>) -> SparseMatrix {
        require(
            range.lowerBound >= 0 && range.upperBound <= rows,
            "SparseMatrix: rows \(range) out of bounds for \(rows) rows")
        let entries = rowOffsets[range.lowerBound]..<rowOffsets[range.upperBound]
        return SparseMatrix(
            rows: range.count, columns: columns,
            rowOffsets: rowOffsets[range.lowerBound...range.upperBound].map { $0 - entries.lowerBound },
            columnIndices: Array(columnIndices[entries]), values: Array(values[entries]))
    }
}
