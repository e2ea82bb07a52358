/// The tone arc: each paragraph's compound score in order, the zero line and the neutral band
/// (±0.05, where the label is neutral), each point a link to its card titled with its first
/// words. The point's shape says its sign (▲ positive, ▼ negative, ◆ neutral), not only its colour.
struct ToneArcChart: Sendable {
    struct Point: Sendable {
        let link: String?
        let title: String
        let shape: String
        let sign: String
    }

    let line: String
    let points: [Point]
    let zeroY: String
    let bandY: String
    let bandHeight: String
    let topY: String
    let bottomY: String
    /// Paragraph numbers under the x axis.
    let ticks: [AxisTick]
    /// What a screen reader hears.
    let description: String
    let binNote: String?

    init(_ paragraphs: [PageParagraph], limits: PageLimits) {
        let bins = ChartBins(count: paragraphs.count, limit: limits.chartBins)
        let frame = ChartFrame(count: bins.bins.count, high: 1, low: -1)
        let means = bins.means { paragraphs[$0].report.tone.compound }
        line = means.enumerated().compactMap { index, mean in
            mean.map { "\(ChartFrame.coordinate(frame.x(index))),\(ChartFrame.coordinate(frame.y($0)))" }
        }.joined(separator: " ")
        // Binned, the line is the mean; points stand only for the paragraphs with a card.
        let marked = bins.isBinned
            ? bins.bins.indices.flatMap { bin in bins.bins[bin].filter { paragraphs[$0].hasCard }.map { (bin, $0) } }
            : paragraphs.indices.map { ($0, $0) }
        points = marked.map { position, row in
            let paragraph = paragraphs[row]
            let compound = paragraph.report.tone.compound
            let (x, y) = (frame.x(position), frame.y(compound))
            let sign = Tone.sign(paragraph.report.tone.label)
            return Point(link: paragraph.link, title: paragraph.chartTitle, shape: Shape.marker(sign, x: x, y: y), sign: sign)
        }
        zeroY = ChartFrame.coordinate(frame.y(0))
        bandY = ChartFrame.coordinate(frame.y(Tone.neutralBand))
        bandHeight = ChartFrame.coordinate(frame.y(-Tone.neutralBand) - frame.y(Tone.neutralBand))
        topY = ChartFrame.coordinate(frame.y(1))
        bottomY = ChartFrame.coordinate(frame.y(-1))
        ticks = bins.ticks().map { AxisTick(position: ChartFrame.coordinate(frame.x($0.bin)), label: "\($0.paragraph)") }
        let positive = paragraphs.filter { $0.report.tone.label == .positive }.count
        let negative = paragraphs.filter { $0.report.tone.label == .negative }.count
        description = "Compound tone of \(paragraphs.count) paragraphs in order, from −1 to +1: \(positive) positive, \(negative) negative, the rest neutral (within ±0.05 of zero)."
        binNote = bins.isBinned ? "The line is the mean of \(bins.bins.count) runs of about \(paragraphs.count / bins.bins.count) paragraphs; the marks are the paragraphs shown below." : nil
    }
}

/// The marks' shapes as SVG paths.
enum Shape {
    /// ▲ for `pos`, ▼ for `neg`, ◆ otherwise, centred on (x, y).
    static func marker(_ sign: String, x: Double, y: Double, size: Double = 4.5) -> String {
        func point(_ dx: Double, _ dy: Double) -> String {
            "\(ChartFrame.coordinate(x + dx)) \(ChartFrame.coordinate(y + dy))"
        }
        switch sign {
        case "pos": return "M\(point(0, -size))L\(point(size, size * 0.8))L\(point(-size, size * 0.8))Z"
        case "neg": return "M\(point(0, size))L\(point(size, -size * 0.8))L\(point(-size, -size * 0.8))Z"
        default: return "M\(point(0, -size))L\(point(size, 0))L\(point(0, size))L\(point(-size, 0))Z"
        }
    }
}
