/// A one-line chart of values in -1…1 drawn with the eight block glyphs `▁▂▃▄▅▆▇█`: the tone
/// arc of a text, one glyph per paragraph.
///
/// `▁` is -1 and `█` is +1; a neutral 0 falls on the boundary between `▄` and `▅` and is drawn
/// `▅`. When there are more values than room, neighbouring values share a glyph that shows
/// their mean, so a long text still fits one line and keeps its shape.
public struct Sparkline: Sendable {
    public static let glyphs: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public let values: [Double]

    public init(values: [Double]) {
        self.values = values
    }

    /// The chart in at most `width` glyphs (one per value when they fit).
    public func text(width: Int) -> String {
        guard !values.isEmpty, width > 0 else { return "" }
        let glyphCount = min(values.count, width)
        return String((0..<glyphCount).map { glyph in
            // Values glyph·n/g ..< (glyph+1)·n/g: every value lands in exactly one glyph.
            let bucket = values[(glyph * values.count / glyphCount)..<((glyph + 1) * values.count / glyphCount)]
            return Self.glyph(for: bucket.reduce(0, +) / Double(bucket.count))
        })
    }

    /// The glyph of one value; values outside -1…1 are clamped to the ends, NaN counts as 0.
    public static func glyph(for value: Double) -> Character {
        let level = ((value.isNaN ? 0 : value) + 1) / 2 * Double(glyphs.count)
        return glyphs[min(glyphs.count - 1, max(0, Int(level.rounded(.down))))]
    }
}
