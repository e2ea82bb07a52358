import TenorVectorize

/// Totals of a count matrix, shared by term frequency and keyness.
extension TermMatrix {
    /// The stored value at `position` of the CSR arrays, as a count.
    ///
    /// - Precondition: it is a whole number ≥ 0 — a weighted (TF-IDF, normalised) matrix has
    ///   no counts to add up; build the matrix with `weighting: .counts`.
    func count(at position: Int) -> Int {
        let value = values.values[position]
        guard let count = Int(exactly: value), count >= 0 else {
            preconditionFailure("term matrix value \(value) is not a count: build the matrix with weighting: .counts")
        }
        return count
    }

    /// Over `rows`, in one pass over their stored entries: each column's total count and the
    /// number of those rows that hold it, and each row's total count (indexed from
    /// `rows.lowerBound`).
    ///
    /// - Complexity: O(entries of `rows` + columns).
    func countTotals(rows: Range<Int>) -> (columns: [Int], documentFrequencies: [Int], rows: [Int]) {
        precondition(rows.lowerBound >= 0 && rows.upperBound <= self.rows,
                     "rows \(rows) out of bounds for a term matrix of \(self.rows) rows")
        var columnTotals = [Int](repeating: 0, count: columns)
        var documentFrequencies = [Int](repeating: 0, count: columns)
        var rowTotals = [Int](repeating: 0, count: rows.count)
        let offsets = values.rowOffsets
        for row in rows {
            for position in offsets[row]..<offsets[row + 1] {
                let count = count(at: position)
                let column = Int(values.columnIndices[position])
                columnTotals[column] += count
                // A stored zero (which assembly does not write) is not an occurrence.
                if count > 0 { documentFrequencies[column] += 1 }
                rowTotals[row - rows.lowerBound] += count
            }
        }
        return (columnTotals, documentFrequencies, rowTotals)
    }
}
