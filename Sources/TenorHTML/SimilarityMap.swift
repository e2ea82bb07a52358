import Tenor

/// The paragraph × paragraph cosine similarity of the TF-IDF rows (the scores `nearest` ranks
/// by) as a heatmap: the lower triangle, one cell per pair that shares a term, stronger for
/// closer (scaled to the closest pair, which a legend names), each cell titled with its pair and
/// score. A cell links to its row paragraph's card and names both paragraphs in `data-pair`,
/// from which ``PageScript`` shows the pair under the map.
struct SimilarityMap: Sendable {
    struct Cell: Sendable {
        let link: String
        /// The two paragraphs' ids, row then column.
        let pair: String
        let title: String
        let x: String
        let y: String
        let opacity: String
    }

    /// A step of the legend: a cell's colour at a score.
    struct Swatch: Sendable {
        let x: String
        let opacity: String
        let label: String
    }

    /// The grid's side, the room for the paragraph numbers left and below it, and for half a
    /// number above and right of it, in SVG units.
    static let side = 400.0, left = 36.0, bottom = 24.0, top = 8.0, right = 12.0

    let width = ChartFrame.coordinate(left + side + right)
    let height = ChartFrame.coordinate(top + side + bottom)
    let cellSize: String
    let cells: [Cell]
    let rowTicks: [AxisTick]
    let columnTicks: [AxisTick]
    let ticksX = ChartFrame.coordinate(left - 4)
    let ticksY = ChartFrame.coordinate(top + side + 16)
    let swatches: [Swatch]
    let highest: String
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

    /// The `count` rows closest to `row` that share a term with it, `besides` left out, closest
    /// first (ties in input order).
    static func closest(to row: Int, in cosines: [[Double]], count: Int, besides: Int?) -> [(row: Int, score: Double)] {
        let scores = cosines.indices.compactMap { other -> (row: Int, score: Double)? in
            guard other != row, other != besides else { return nil }
            let score = other < row ? cosines[row][other] : cosines[other][row]
            return score > 0 ? (other, score) : nil
        }
        return Array(scores.sorted { $0.score > $1.score || $0.score == $1.score && $0.row < $1.row }.prefix(count))
    }

    init(_ paragraphs: [PageParagraph], cosines: [[Double]]) {
        let cell = Self.side / Double(paragraphs.count)
        let highest = min(cosines.lazy.flatMap { $0 }.max() ?? 0, 1)
        // Scaled to the closest pair, so that a text whose paragraphs share little still shows
        // its pattern; a floor keeps the faintest pairs visible on either background.
        func opacity(_ score: Double) -> String {
            Decimal.text(0.08 + 0.92 * (highest > 0 ? min(score / highest, 1) : 0), places: 3)
        }
        func centre(_ index: Int) -> Double { (Double(index) + 0.5) * cell }
        cellSize = ChartFrame.coordinate(cell)
        var cells: [Cell] = []
        for i in cosines.indices {
            for j in cosines[i].indices where cosines[i][j] > 0 {
                let score = cosines[i][j]
                cells.append(Cell(
                    link: "#\(paragraphs[i].anchor)", pair: "\(paragraphs[i].anchor) \(paragraphs[j].anchor)",
                    title: "\(paragraphs[i].label) and \(paragraphs[j].label): \(Decimal.text(score, places: 3))",
                    x: ChartFrame.coordinate(Self.left + Double(j) * cell), y: ChartFrame.coordinate(Self.top + Double(i) * cell),
                    opacity: opacity(score)))
            }
        }
        self.cells = cells
        let ticks = ChartBins(count: paragraphs.count, limit: paragraphs.count).ticks()
        rowTicks = ticks.map { AxisTick(position: ChartFrame.coordinate(Self.top + centre($0.bin)), label: "\($0.paragraph)") }
        columnTicks = ticks.map { AxisTick(position: ChartFrame.coordinate(Self.left + centre($0.bin)), label: "\($0.paragraph)") }
        // Five steps in the empty upper right triangle, up to the closest pair.
        swatches = (1...5).map { step in
            let score = highest * Double(step) / 5
            return Swatch(x: ChartFrame.coordinate(Self.left + Self.side * 0.45 + Double(step - 1) * 40),
                          opacity: opacity(score), label: Decimal.text(score, places: 2))
        }
        self.highest = Decimal.text(highest, places: 3)
        description = "Cosine similarity of every pair of the \(paragraphs.count) paragraphs (row paragraph, column paragraph, both in order from the top left); \(cells.count) pairs share a term, the closest scores \(self.highest)."
    }
}
