/// The reading grade of each paragraph in order, as bars linked to their cards; a paragraph
/// with no grade (no sentence, say) has no bar.
struct GradeChart: Sendable {
    struct Bar: Sendable {
        let link: String?
        let title: String
        let x: String
        let y: String
        let width: String
        let height: String
    }

    let bars: [Bar]
    /// The gridlines, every 4 grades from 0 to the top of the scale.
    let grid: [GridLine]
    /// Paragraph numbers under the bars.
    let ticks: [AxisTick]
    let description: String

    struct GridLine: Sendable {
        let y: String
        let label: String
    }

    init(_ paragraphs: [PageParagraph], limits: PageLimits) {
        let bins = ChartBins(count: paragraphs.count, limit: limits.chartBins)
        let means = bins.means { paragraphs[$0].report.readingGrade.value }
        let highest = means.compactMap { $0 }.max() ?? 0
        // A scale of whole grades, 4 per gridline, up to 16 at least (college is 13 to 16).
        let scaleTop = max(16, (highest / 4).rounded(.up) * 4)
        let frame = ChartFrame(count: bins.bins.count, high: scaleTop, low: 0)
        let step = frame.plotWidth / Double(bins.bins.count)
        bars = bins.bins.indices.compactMap { index in
            guard let grade = means[index] else { return nil }
            let bin = bins.bins[index]
            let y = frame.y(grade)
            let single = bin.count == 1 ? paragraphs[bin.lowerBound] : nil
            let title = single?.chartTitle
                ?? "paragraphs \(bin.lowerBound + 1)–\(bin.upperBound) in order: mean grade \(Decimal.text(grade, places: 1))"
            return Bar(link: single?.link, title: title,
                       x: ChartFrame.coordinate(ChartFrame.left + step * Double(index) + step * 0.1),
                       y: ChartFrame.coordinate(y), width: ChartFrame.coordinate(max(step * 0.8, 0.5)),
                       height: ChartFrame.coordinate(frame.y(0) - y))
        }
        grid = stride(from: 0.0, through: scaleTop, by: 4).map { GridLine(y: ChartFrame.coordinate(frame.y($0)), label: Decimal.text($0, places: 0)) }
        ticks = bins.ticks().map { AxisTick(position: ChartFrame.coordinate(ChartFrame.left + step * (Double($0.bin) + 0.5)), label: "\($0.paragraph)") }
        let graded = paragraphs.compactMap(\.report.readingGrade.value)
        description = graded.isEmpty
            ? "No paragraph has a reading grade."
            : "US school reading grade of \(graded.count) paragraphs in order, from \(Decimal.text(graded.min()!, places: 1)) to \(Decimal.text(graded.max()!, places: 1))."
    }
}
