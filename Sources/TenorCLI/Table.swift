/// Rows of text cells under named columns: what the table, CSV, TSV and Markdown views print.
struct Table {
    struct Column {
        enum Alignment { case left, right }
        let name: String
        var alignment: Alignment = .left
        /// Whether the table view may shorten this column's cells to fit the terminal.
        var shrinkable = false
        /// Whether a shortened cell keeps its end (`…/folder/name.txt`: file paths) rather than
        /// its start.
        var keepsEnd = false
        /// When set, the table view may hide this column to fit the terminal, lowest rank first.
        var hidingRank: Int? = nil

        /// A column naming files (`dir/a.txt`, `dir/a.txt:7`): left-aligned, shortened from the
        /// start on a narrow terminal so the file's own name stays.
        static func files(_ name: String) -> Column {
            Column(name: name, shrinkable: true, keepsEnd: true)
        }
    }

    var columns: [Column]
    var rows: [[String]] = []
}
