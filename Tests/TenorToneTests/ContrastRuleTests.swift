import Testing
@testable import TenorTone

@Suite struct ContrastRuleTests {
    /// Expected lists from vaderSentiment 3.3.2 itself:
    /// `SentimentIntensityAnalyzer._but_check(words, valences)` with "but" at index 2.
    @Test(arguments: [
        ([2.0, 1, 0, 1], [0.5, 0.5, 0, 1]),
        // 0.5 at index 3 is found at index 0 (which already became 0.5) and scaled there again.
        ([1.0, 2, 0, 0.5, 4], [0.25, 1, 0, 0.5, 6]),
        ([1.0, 1, 0, 1], [0.5, 0.5, 0, 1.5]),
    ])
    func firstEqualValueQuirk(_ valences: [Double], _ expected: [Double]) {
        var result = valences
        ContrastRule.apply(to: &result, but: 2, byFirstEqualValue: true)
        #expect(result == expected)
    }

    /// By position: everything before "but" halves, everything after grows by half.
    @Test func byPosition() {
        var result: [Double] = [1, 2, 0, 0.5, 4]
        ContrastRule.apply(to: &result, but: 2, byFirstEqualValue: false)
        #expect(result == [0.5, 1, 0, 0.75, 6])
    }

    /// Linear in practice: 10,000 equal values before "but" and after it (vaderSentiment's
    /// list.index makes this quadratic); each side scaled once, as by position.
    @Test func manyEqualValues() {
        var result = [Double](repeating: 1.9, count: 10_000) + [0] + [Double](repeating: 1.9, count: 10_000)
        ContrastRule.apply(to: &result, but: 10_000, byFirstEqualValue: true)
        #expect(result[0..<10_000].allSatisfy { $0 == 0.95 })
        #expect(result[10_001...].allSatisfy { $0 == 1.9 * 1.5 })
    }

    /// The heap (many non-zero words) and the scan (few) emulate the same search: on lists with
    /// many repeated values (a quadratic pattern per seed), both give the same result.
    @Test(arguments: 0..<20)
    func heapAndScanAgree(_ seed: Int) {
        let choices: [Double] = [0, 0, 0, 1.9, -2.5, 0.95, 2.85, 1.8, -1.25]
        let valences = (0..<80).map { choices[($0 * $0 + seed * 7 + $0 * seed) % choices.count] }
        let but = (seed * 17) % 80
        var byHeap = valences
        ContrastRule.apply(to: &byHeap, but: but, byFirstEqualValue: true)
        var byScan = valences
        ContrastRule.applyByScanning(to: &byScan, but: but, nonZero: valences.indices.filter { valences[$0] != 0 })
        #expect(valences.filter { $0 != 0 }.count > 32)
        #expect(byHeap == byScan)
    }
}
