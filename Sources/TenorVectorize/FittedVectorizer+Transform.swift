import TenorMatrix
import TenorText

extension FittedVectorizer {
    /// The rows that `documents`' paragraphs get under this fit (scikit-learn's `transform`):
    /// their terms counted with the same options, terms outside the vocabulary dropped, then
    /// weighted with the fitted idf and normalised. A paragraph with no known term is a zero row.
    ///
    /// - Complexity: O(text length + t log t) for t distinct terms in `documents`.
    public func transform(_ documents: [Document]) -> TermMatrix {
        let rows = documents.reduce(0) { $0 + $1.paragraphs.count }
        var offsets = [0], columns: [Int32] = [], values: [Double] = []
        // Count without any pruning: the fitted vocabulary decides which terms stay.
        let counting = options.countingEveryTerm
        // Counting keeps every term (no document-frequency or feature limit), so the only way it
        // fails is text with no term at all, and then every row is zero.
        if let counted = try! Vectorizer(options: counting).fitTransformIfAnyTerm(documents)?.matrix {
            let known = counted.vocabulary.indices.map { vocabulary.column(of: counted.vocabulary[$0]) }
            for row in 0..<rows {
                let start = values.count
                let (countedColumns, counts) = counted.values.row(row)
                let entries = zip(countedColumns, counts).compactMap { column, count in
                    known[Int(column)].map { (column: Int32($0), count: count) }
                }.sorted { $0.column < $1.column }
                columns += entries.map(\.column)
                values += entries.map(\.count)
                columns.withUnsafeBufferPointer { columns in
                    values.withUnsafeMutableBufferPointer { values in
                        options.weighting.weigh(
                            UnsafeMutableBufferPointer(rebasing: values[start...]),
                            columns: UnsafeBufferPointer(rebasing: columns[start...]), idf: inverseDocumentFrequencies)
                    }
                }
                offsets.append(values.count)
            }
        } else {
            offsets = [Int](repeating: 0, count: rows + 1)
        }
        return TermMatrix(
            vocabulary: vocabulary,
            values: SparseMatrix(rows: rows, columns: vocabulary.count, rowOffsets: offsets, columnIndices: columns, values: values))
    }
}
