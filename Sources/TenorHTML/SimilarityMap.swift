import Tenor

/// The paragraph × paragraph cosine similarity of the TF-IDF rows (the scores `nearest` ranks
/// by) as a heatmap: the lower triangle, one cell per pair that shares a term, darker for
/// closer, each cell titled with its pair and score and linked to the first paragraph's card
/// (whose nearest-paragraph link leads on).
struct SimilarityMap: Sendable {
    struct Cell: Sendable {
        let link: String
        let title: String
        let x: String
        let y: String
        let opacity: String
    }

    /// The side of the square, in SVG units.
    let size: String
    let cellSize: String
    let cells: [Cell]
    let description: String

    /// Cosine of every pair of rows, as the lower triangle: `scores[i][j]` for j < i. The TF-IDF
    /// rows have unit length, so the cosine is the dot product.
    static func cosines(_ rows: SparseMatrix<Double>) -> [[Double]] {
        var dense = [Double](repeating: 0, count: rows.columns)
        return (0..<rows.rows).map { i in
            let row = rows.row(i)
            for (column, value) in zip(row.columnIndices, row.values) { dense[Int(column)] = value }
            defer { for column in row.columnIndices { dense[Int(column)] = 0 } }
            return (0..<i).map { j in
                let other = rows.row(j)
                return zip(other.columnIndices, other.values).reduce(0) { $0 + dense[Int($1.0)] * $1.1 }
            }
        }
    }

    init(_ paragraphs: [PageParagraph], cosines: [[Double]]) {
        let side = 640.0
        let cell = side / Double(paragraphs.count)
        size = ChartFrame.coordinate(side)
        cellSize = ChartFrame.coordinate(cell)
        var cells: [Cell] = []
        for i in cosines.indices {
            for j in cosines[i].indices where cosines[i][j] > 0 {
                let score = cosines[i][j]
                cells.append(Cell(
                    link: "#\(paragraphs[i].anchor)",
                    title: "\(paragraphs[i].label) and \(paragraphs[j].label): \(Decimal.text(score, places: 3))",
                    x: ChartFrame.coordinate(Double(j) * cell), y: ChartFrame.coordinate(Double(i) * cell),
                    // A floor keeps the faintest pairs visible on either background.
                    opacity: Decimal.text(0.08 + 0.92 * min(score, 1), places: 3)))
            }
        }
        self.cells = cells
        description = "Cosine similarity of every pair of the \(paragraphs.count) paragraphs (row paragraph, column paragraph, both in order from the top left); \(cells.count) pairs share a term."
    }
}
