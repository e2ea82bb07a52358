import TenorText

/// Rows of text cells under named columns: what the table, CSV, TSV and Markdown views print.
struct Table {
    struct Column {
        enum Alignment { case left, right }
        let name: String
        var alignment: Alignment = .left
        /// Whether the table view may shorten this column's cells to fit the terminal.
        var shrinkable = false
    }

    var columns: [Column]
    var rows: [[String]] = []

    /// `rows.map(transform)`, in parallel for large tables (corpora have 100,000s of rows).
    func mapRows(_ transform: @Sendable ([String]) -> String) -> [String] {
        Self.map(rows.count) { transform(rows[$0]) }
    }

    /// `(0..<count).map(transform)` over contiguous blocks of rows, one block per task.
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let blocks = balancedRanges(count: count, parts: count < 4096 ? 1 : 4 * availableWorkers) { _ in 1 }
        // Each block writes its results in place, so nothing is concatenated afterwards.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let target = DisjointWrites(buffer)
            _ = parallelMap(blocks.count) { block in
                for index in blocks[block] { (target.buffer.baseAddress! + index).initialize(to: transform(index)) }
            }
            initialized = count
        }
    }
}
