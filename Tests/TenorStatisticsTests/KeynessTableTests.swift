import Foundation
import Testing
import TenorStatistics

private func expectClose(_ value: Double, _ expected: Double, tolerance: Double = 1e-12,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(value - expected) <= tolerance * Swift.max(1, abs(expected)), "\(value) != \(expected)",
            sourceLocation: sourceLocation)
}

private func table(_ a: Int, _ b: Int, _ targetTotal: Int, _ referenceTotal: Int) -> KeynessTable {
    KeynessTable(targetCount: a, referenceCount: b, targetTotal: targetTotal, referenceTotal: referenceTotal)!
}

/// Hand-calculated 2×2 tables. `moderate`: a = 10, b = 5, T = 100, R = 200, so c = 90, d = 195,
/// N = 300, expected counts 5, 10, 95, 190 (none below 5: Yates never applies).
/// `rare`: a = 1, b = 0, T = 20, R = 1000, so c = 19, d = 1000, N = 1020, ad − bc = 1000 ≥ N/2 = 510
/// and E(a) = 20/1020 < 5: Yates applies.
private let moderate = table(10, 5, 100, 200)
private let rare = table(1, 0, 20, 1000)

@Suite struct KeynessTableTests {
    @Test func chiSquaredWithoutCorrection() {
        // 300 × (10·195 − 5·90)² / (15 · 285 · 100 · 200) = 300 × 1500² / 85,500,000 = 150/19
        expectClose(moderate.chiSquared(correction: .none), 150.0 / 19)
        // 1020 × 1000² / (1 · 1019 · 20 · 1000) = 51000/1019
        expectClose(rare.chiSquared(correction: .none), 51000.0 / 1019)
    }

    @Test func chiSquaredWithYates() {
        #expect(!moderate.yatesApplies)
        expectClose(moderate.chiSquared(correction: .yates), 150.0 / 19)
        #expect(rare.yatesApplies)
        // 1020 × (1000 − 510)² / 20,380,000 = 1020 × 240,100 / 20,380,000
        expectClose(rare.chiSquared(correction: .yates), 1020.0 * 240_100 / 20_380_000)
    }

    @Test func logLikelihoodWithoutCorrection() {
        // 2 (10 ln(10/5) + 5 ln(5/10) + 90 ln(90/95) + 195 ln(195/190)) = 2 (5 ln 2 + 90 ln(18/19) + 195 ln(39/38))
        expectClose(moderate.logLikelihood(correction: .none),
                    2 * (5 * log(2.0) + 90 * log(18.0 / 19) + 195 * log(39.0 / 38)))
        // b = 0 contributes 0 · ln 0 = 0; E(a) = 1/51, E(c) = 1019·20/1020, E(d) = 1019·1000/1020
        expectClose(rare.logLikelihood(correction: .none),
                    2 * (log(51.0) + 19 * log(19 * 1020.0 / (1019 * 20)) + 1000 * log(1020.0 / 1019)))
    }

    @Test func logLikelihoodWithYates() {
        expectClose(moderate.logLikelihood(correction: .yates), moderate.logLikelihood(correction: .none))
        // ad > bc: a and d move down by ½, b and c up: 0.5, 0.5, 19.5, 999.5 against the same expectations.
        let (ea, eb, ec, ed) = (20.0 / 1020, 1000.0 / 1020, 1019 * 20.0 / 1020, 1019 * 1000.0 / 1020)
        expectClose(rare.logLikelihood(correction: .yates),
                    2 * (0.5 * log(0.5 / ea) + 0.5 * log(0.5 / eb) + 19.5 * log(19.5 / ec) + 999.5 * log(999.5 / ed)))
    }

    @Test func williamsCorrection() {
        // q = 1 + (300/15 + 300/285 − 1)(300/100 + 300/200 − 1) / 1800 = 1 + (381/19)(7/2)/1800 = 71067/68400
        expectClose(moderate.williamsFactor, 71067.0 / 68400)
        expectClose(moderate.logLikelihood(correction: .williams),
                    moderate.logLikelihood(correction: .none) * 68400 / 71067)
        expectClose(moderate.chiSquared(correction: .williams), 150.0 / 19 * 68400 / 71067)
        // A zero cell: no Williams factor (quanteda's rule).
        #expect(rare.williamsFactor == 1)
        #expect(rare.logLikelihood(correction: .williams) == rare.logLikelihood(correction: .none))
    }

    @Test func underRepresentedTermsAreNegative() {
        // a = 0, b = 5, T = R = 50: χ² = 100 × (0 · 45 − 5 · 50)² / (5 · 95 · 50 · 50) = 100/19
        let absent = table(0, 5, 50, 50)
        expectClose(absent.chiSquared(correction: .none), -100.0 / 19)
        // 2 (5 ln(5/2.5) + 50 ln(50/47.5) + 45 ln(45/47.5))
        expectClose(absent.logLikelihood(correction: .none),
                    -2 * (5 * log(2.0) + 50 * log(50 / 47.5) + 45 * log(45 / 47.5)))
    }

    @Test func equalSharesScoreAPositiveZero() {
        // 5/50 = 10/100: ad = bc, so every statistic is 0, and +0, not −0.
        let equal = table(5, 10, 50, 100)
        for correction in Keyness.Correction.allCases {
            for value in [equal.chiSquared(correction: correction), equal.logLikelihood(correction: correction)] {
                #expect(value == 0 && value.sign == .plus)
            }
        }
        #expect(equal.logRatio == 0)
        #expect(KeynessTable.pValue(0) == 1)
    }

    @Test func yatesRuleBoundaries() {
        // a = 2, b = 3, T = R = 1000: |ad − bc| = |1994 − 2994| = 1000 = N/2 — applies, and corrects χ² to 0.
        let boundary = table(2, 3, 1000, 1000)
        #expect(boundary.yatesApplies)
        #expect(boundary.chiSquared(correction: .yates) == 0)
        // T = 999: |1994 − 2991| = 997 < N/2 = 999.5 — does not apply.
        #expect(!table(2, 3, 999, 1000).yatesApplies)
    }

    @Test func aTermFillingTheWholeDocumentScoresZero() {
        // c = d = 0: the same share (1) on both sides; χ²'s closed form would be 0/0.
        let whole = table(7, 7, 7, 7)
        for correction in Keyness.Correction.allCases {
            #expect(whole.chiSquared(correction: correction) == 0)
            #expect(whole.logLikelihood(correction: correction) == 0)
        }
        #expect(whole.logRatio == 0)
    }

    @Test func impossibleTablesAreNil() {
        #expect(KeynessTable(targetCount: 0, referenceCount: 1, targetTotal: 0, referenceTotal: 5) == nil)
        #expect(KeynessTable(targetCount: 1, referenceCount: 0, targetTotal: 5, referenceTotal: 0) == nil)
        #expect(KeynessTable(targetCount: 6, referenceCount: 0, targetTotal: 5, referenceTotal: 5) == nil)
        #expect(KeynessTable(targetCount: 1, referenceCount: -1, targetTotal: 5, referenceTotal: 5) == nil)
    }

    @Test func logRatio() {
        // log₂((10/100) / (5/200)) = log₂ 4 = 2
        expectClose(moderate.logRatio, 2)
        // b = 0 taken as ½: log₂((1/20) / (0.5/1000)) = log₂ 100
        expectClose(rare.logRatio, log2(100.0))
        // a = 0 taken as ½: log₂((0.5/50) / (5/50)) = log₂ 0.1
        expectClose(table(0, 5, 50, 50).logRatio, log2(0.1))
        #expect(table(0, 0, 50, 50).logRatio == 0)
    }

    @Test(arguments: [(3.8414588206941285, 0.05), (6.634896601021217, 0.01), (10.827566170662733, 0.001),
                      (-3.8414588206941285, 0.05), (0, 1)])
    func pValuesOfTheChiSquaredDistributionWithOneDegreeOfFreedom(statistic: Double, p: Double) {
        expectClose(KeynessTable.pValue(statistic), p, tolerance: 1e-12)
    }

    @Test func pValuesStayFiniteAndKeepTheirPrecision() {
        // 1 − pchisq(100, 1) rounds to 0 in quanteda; erfc(√50) = 1.523971e-23.
        let tail = KeynessTable.pValue(100)
        #expect(abs(tail - 1.5239706048320995e-23) <= 1e-9 * 1.5239706048320995e-23, "\(tail)")
        #expect(KeynessTable.pValue(1e6) == 0)
    }
}
