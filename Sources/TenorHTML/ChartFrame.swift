/// The drawing area of a chart: an SVG of fixed size whose x axis runs over paragraphs in
/// order, with room on the left for the y labels.
struct ChartFrame {
    static let width = 960.0
    static let height = 220.0
    static let left = 44.0, right = 12.0, top = 12.0, bottom = 20.0

    let count: Int
    /// The value at the top and at the bottom.
    let high: Double, low: Double

    var plotWidth: Double { Self.width - Self.left - Self.right }
    var plotHeight: Double { Self.height - Self.top - Self.bottom }

    /// The x of item `index` of `count` (a single item is centred).
    func x(_ index: Int) -> Double {
        count < 2 ? Self.left + plotWidth / 2 : Self.left + plotWidth * Double(index) / Double(count - 1)
    }

    /// The y of `value`, clamped to the frame.
    func y(_ value: Double) -> Double {
        let clamped = min(max(value, low), high)
        return Self.top + plotHeight * (high - clamped) / (high - low)
    }

    /// A coordinate as SVG writes it: one decimal.
    static func coordinate(_ value: Double) -> String { Decimal.text(value, places: 1) }
}

/// Paragraphs cut into runs of equal count when there are more than a chart draws.
struct ChartBins {
    /// The paragraph indices of each point: one each when they fit.
    let bins: [Range<Int>]

    init(count: Int, limit: Int) {
        guard count > limit else {
            bins = (0..<count).map { $0..<($0 + 1) }
            return
        }
        bins = (0..<limit).map { bin in (bin * count / limit)..<((bin + 1) * count / limit) }
    }

    var isBinned: Bool { bins.contains { $0.count > 1 } }

    /// The mean of the values present in each bin (nil where none is).
    func means(_ value: (Int) -> Double?) -> [Double?] {
        bins.map { bin in
            let values = bin.compactMap(value)
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }
}

/// A paragraph number written under a chart's x axis.
struct AxisTick: Sendable {
    let position: String
    let label: String
}

extension ChartBins {
    /// The paragraphs a chart's axis names, with the bin each falls in: every one up to `most`,
    /// else the first and the multiples of a round step (1, 2 or 5 × 10ⁿ) that keeps them to `most`.
    func ticks(most: Int = 12) -> [(bin: Int, paragraph: Int)] {
        let count = bins.last?.upperBound ?? 0
        let step = sequence(first: 1) { $0 * 10 }.lazy.flatMap { scale in [1, 2, 5].map { $0 * scale } }
            .first { count / $0 <= most }!
        let numbers = step == 1 ? Array(1...max(count, 1)) : [1] + Array(stride(from: step, through: count, by: step))
        return numbers.filter { $0 <= count }.map { number in
            (bins.firstIndex { $0.contains(number - 1) }!, number)
        }
    }
}
