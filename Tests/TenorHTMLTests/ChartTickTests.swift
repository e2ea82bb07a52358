import Testing
@testable import TenorHTML

/// The paragraph numbers under a chart's x axis.
@Suite struct ChartTickTests {
    @Test func everyParagraphUpToTwelve() {
        #expect(ChartBins(count: 3, limit: 500).ticks().map(\.paragraph) == [1, 2, 3])
        #expect(ChartBins(count: 12, limit: 500).ticks().map(\.bin) == Array(0..<12))
    }

    @Test func beyondTheFirstAndARoundStep() {
        // 14 paragraphs: 14 / 1 > 12, 14 / 2 = 7, so every second one (the op-ed).
        #expect(ChartBins(count: 14, limit: 500).ticks().map(\.paragraph) == [1, 2, 4, 6, 8, 10, 12, 14])
        // 200: 200 / 10 = 20 > 12, 200 / 20 = 10.
        #expect(ChartBins(count: 200, limit: 500).ticks().map(\.paragraph) == [1] + Array(stride(from: 20, through: 200, by: 20)))
    }

    @Test func binnedParagraphsAreNamedWhereTheirBinIs() {
        // medium.txt's 128,838 paragraphs in 500 bins: a step of 10,000 (12 ticks). Bin b holds
        // paragraph indices b·128838/500 ..< (b+1)·128838/500, so index 9,999 is in bin 38
        // (9,791 ..< 10,049) and index 0 in bin 0.
        let ticks = ChartBins(count: 128_838, limit: 500).ticks()
        #expect(ticks.map(\.paragraph) == [1] + Array(stride(from: 10_000, through: 120_000, by: 10_000)))
        #expect(ticks[0].bin == 0)
        #expect(ticks[1].bin == 38)
    }

    @Test func noParagraphNoTick() {
        #expect(ChartBins(count: 0, limit: 500).ticks().isEmpty)
    }
}
