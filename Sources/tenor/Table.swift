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
}
