/// A ``ToneSummary`` kept as a running total: units are added one at a time, so rows scored
/// block by block are summarised without being held. Units added in a report's order give the
/// summary of the whole report, bit for bit (the compound scores are summed in the same order).
///
///     var tally = ToneTally(file: nil)
///     for unit in blockReport.paragraphs { tally.add(unit) }
///     tally.summary.meanCompound
public struct ToneTally: Sendable {
    private var counts: ToneSummary
    private var compoundSum = 0.0

    public init(file: String?) {
        counts = ToneSummary(file: file)
    }

    public mutating func add(_ unit: UnitTone) {
        counts.units += 1
        switch unit.label {
        case .positive: counts.positive += 1
        case .neutral: counts.neutral += 1
        case .negative: counts.negative += 1
        }
        compoundSum += unit.compound
        // The first of equals stays.
        if unit.compound > counts.mostPositive?.compound ?? -.infinity { counts.mostPositive = unit }
        if unit.compound < counts.mostNegative?.compound ?? .infinity { counts.mostNegative = unit }
    }

    /// The summary of the units added so far.
    public var summary: ToneSummary {
        var summary = counts
        summary.meanCompound = counts.units == 0 ? nil : compoundSum / Double(counts.units)
        return summary
    }
}
