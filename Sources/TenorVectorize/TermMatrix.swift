import TenorMatrix

/// Paragraphs × terms: one row per paragraph (in input order), one column per vocabulary term.
public struct TermMatrix: Sendable {
    /// The names of the columns.
    public let vocabulary: Vocabulary
    /// The weights, compressed sparse rows; columns ascending within each row.
    public let values: SparseMatrix<Double>

    public var rows: Int { values.rows }
    public var columns: Int { values.columns }

    /// The `count` largest-weighted terms of row `row`, largest first (ties: lower column first).
    public func topTerms(ofRow row: Int, count: Int) -> [(term: String, weight: Double)] {
        let range = values.rowOffsets[row]..<values.rowOffsets[row + 1]
        let ranked = range.sorted { a, b in
            values.values[a] != values.values[b]
                ? values.values[a] > values.values[b]
                : values.columnIndices[a] < values.columnIndices[b]
        }
        return ranked.prefix(count).map { (vocabulary[Int(values.columnIndices[$0])], values.values[$0]) }
    }
}
