import Testing
import Tenor

@Suite struct SparklineTests {
    // Level = floor((v + 1) / 2 × 8), clamped to 0…7: -1 → 0 (▁), -0.5 → 2 (▃), 0 → 4 (▅),
    // 0.74 → floor(6.96) = 6 (▇), 1 → 8, clamped to 7 (█).
    @Test(arguments: [(-1.0, "▁"), (-0.5, "▃"), (0.0, "▅"), (0.74, "▇"), (1.0, "█"), (-3.0, "▁"), (2.5, "█")])
    func glyphs(value: Double, glyph: Character) {
        #expect(Sparkline.glyph(for: value) == glyph)
    }

    @Test func oneGlyphPerValueWhenTheyFit() {
        #expect(Sparkline(values: [-1, 0, 1]).text(width: 10) == "▁▅█")
    }

    @Test func neighboursShareAGlyphWhenTheyDoNotFit() {
        // Six values in three glyphs: means of (-1, -1) = -1 → ▁, (1, 0) = 0.5 → floor(6) = ▇,
        // (1, 1) = 1 → █.
        #expect(Sparkline(values: [-1, -1, 1, 0, 1, 1]).text(width: 3) == "▁▇█")
        // Seven values in two glyphs: buckets 0..<3 and 3..<7, means -1 and 1.
        #expect(Sparkline(values: [-1, -1, -1, 1, 1, 1, 1]).text(width: 2) == "▁█")
    }

    @Test func emptyWhenThereIsNothingToDraw() {
        #expect(Sparkline(values: []).text(width: 10) == "")
        #expect(Sparkline(values: [0.3]).text(width: 0) == "")
    }
}
