/// Which columns go into the dense SGEMM block: those whose sparse cost would exceed their dense
/// cost.
///
/// A column held by `q` query rows and `d` indexed rows costs `q·d` scattered multiply-adds in
/// the sparse product, and `Q·N` multiply-adds (Q queries, N indexed rows) inside SGEMM, which runs
/// about `sparseToDenseCost` times faster per multiply-add. So a column is dense when
/// `q·d·sparseToDenseCost > Q·N`. In text, the few most common words (`the`, `of`, `and`) are in
/// most paragraphs and carry most of the pairs; the long tail is cheap sparse.
enum DenseColumnChoice {
    /// Cost of one scattered multiply-add relative to one inside SGEMM, measured on this
    /// machine (see Benchmarks/RESULTS.md, "similar: dense columns").
    static let sparseToDenseCost = 150.0
    /// A bound on the dense block's width, so its memory stays rows × 512 floats at most.
    static let maximumColumns = 512

    /// Each column's dense slot (-1: tail) and the number of dense columns, most frequent first.
    static func slots(
        queryFrequencies: [Int], indexFrequencies: [Int], queries: Int, indexed: Int, forced: Int? = nil
    ) -> (slots: [Int32], count: Int) {
        let cost = zip(queryFrequencies, indexFrequencies).map { Double($0) * Double($1) }
        let order = cost.indices.sorted { cost[$0] != cost[$1] ? cost[$0] > cost[$1] : $0 < $1 }
        let count: Int
        if let forced {
            count = min(forced, order.count)
        } else {
            let pairs = Double(queries) * Double(indexed)
            count = min(maximumColumns, order.prefix { cost[$0] * sparseToDenseCost > pairs }.count)
        }
        var slots = [Int32](repeating: -1, count: cost.count)
        for (slot, column) in order.prefix(count).enumerated() { slots[column] = Int32(slot) }
        return (slots, count)
    }

    /// How many rows hold each column.
    static func frequencies(_ columnIndices: [Int32], columns: Int) -> [Int] {
        var frequencies = [Int](repeating: 0, count: columns)
        for column in columnIndices { frequencies[Int(column)] += 1 }
        return frequencies
    }
}
