#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One term's 2×2 contingency table: how often it occurs in the target (a paragraph) and in the
/// reference (the rest of the document), against the token totals of both.
///
/// ```
///                 target       reference
///   the term      a            b
///   other terms   c = T − a    d = R − b
/// ```
///
/// with N = a + b + c + d and the expected count of each cell (row total × column total) / N,
/// e.g. E(a) = (a + b)(a + c) / N. Every statistic here is a finite number for every table that
/// can be made; the signed ones follow quanteda's convention: positive when the term is
/// over-represented in the target (a > E(a), which is a·d > b·c), negative otherwise.
public struct KeynessTable: Sendable, Hashable {
    /// a: the term's count in the target.
    public let targetCount: Int
    /// b: the term's count in the reference.
    public let referenceCount: Int
    /// T = a + c: all counted tokens of the target.
    public let targetTotal: Int
    /// R = b + d: all counted tokens of the reference.
    public let referenceTotal: Int

    /// A table, or nil unless 0 ≤ a ≤ T, 0 ≤ b ≤ R and both totals are positive — with an empty
    /// side there is nothing to compare, and the log ratio would divide by zero.
    public init?(targetCount: Int, referenceCount: Int, targetTotal: Int, referenceTotal: Int) {
        guard targetTotal > 0, referenceTotal > 0,
              (0...targetTotal).contains(targetCount), (0...referenceTotal).contains(referenceCount)
        else { return nil }
        self.targetCount = targetCount
        self.referenceCount = referenceCount
        self.targetTotal = targetTotal
        self.referenceTotal = referenceTotal
    }

    /// The four cells as doubles, as every formula uses them.
    private var cells: (a: Double, b: Double, c: Double, d: Double) {
        (Double(targetCount), Double(referenceCount),
         Double(targetTotal - targetCount), Double(referenceTotal - referenceCount))
    }

    /// +1 when the term is over-represented in the target, −1 otherwise (quanteda's sign; where
    /// a = E(a) the statistics are 0 and the sign does not matter).
    private var sign: Double {
        let (a, b, c, d) = cells
        return a * d > b * c ? 1 : -1
    }

    /// Whether quanteda applies Yates' continuity correction to this table: only where the
    /// smallest expected count is below 5 (Cochran's rule for when the χ² approximation needs
    /// help) and |ad − bc| ≥ N/2 (below that, moving each cell half a count towards its
    /// expectation would overshoot it).
    ///
    /// Yates, F. (1934). "Contingency tables involving small numbers and the χ² test."
    /// *Supplement to the Journal of the Royal Statistical Society* 1(2), 217–235.
    public var yatesApplies: Bool {
        let (a, b, c, d) = cells
        let n = a + b + c + d
        let smallestExpected = Swift.min((a + b) * (a + c), (a + b) * (b + d), (a + c) * (c + d), (c + d) * (b + d)) / n
        return abs(a * d - b * c) >= n / 2 && smallestExpected < 5
    }

    /// Williams' correction factor for a 2×2 table,
    /// `q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1) / (6N)`, by which G² (or χ²) is
    /// divided; 1 when any cell is 0, as quanteda has it.
    ///
    /// Williams, D. A. (1976). "Improved likelihood ratio tests for complete contingency tables."
    /// *Biometrika* 63(1), 33–37; the 2×2 form as in Sokal, R. R. & Rohlf, F. J. *Biometry*.
    public var williamsFactor: Double {
        let (a, b, c, d) = cells
        // A zero cell can leave a margin zero (N/0); quanteda skips the factor for any zero cell.
        guard a * b * c * d != 0 else { return 1 }
        let n = a + b + c + d
        return 1 + (n / (a + b) + n / (c + d) - 1) * (n / (a + c) + n / (b + d) - 1) / (6 * n)
    }

    /// The signed log-likelihood ratio statistic G² (Dunning 1993):
    /// `G² = 2 Σ O ln(O / E)` over the four cells, with 0 · ln 0 = 0.
    ///
    /// - `.yates`: where ``yatesApplies``, each cell is first moved half a count towards its
    ///   expected count (the margins, so the expected counts, stay the same) — quanteda's
    ///   `correction = "default"` and `"yates"` for `measure = "lr"`.
    /// - `.williams`: G² / ``williamsFactor``.
    ///
    /// Dunning, T. (1993). "Accurate methods for the statistics of surprise and coincidence."
    /// *Computational Linguistics* 19(1), 61–74.
    public func logLikelihood(correction: Keyness.Correction) -> Double {
        var (a, b, c, d) = cells
        let n = a + b + c + d
        let expected = ((a + b) * (a + c) / n, (a + b) * (b + d) / n, (a + c) * (c + d) / n, (b + d) * (c + d) / n)
        if correction == .yates, yatesApplies {
            // Towards independence: a and d shrink when a·d > b·c, b and c shrink otherwise.
            let shift = 0.5 * sign
            (a, b, c, d) = (a - shift, b + shift, c + shift, d - shift)
        }
        func term(_ observed: Double, _ expected: Double) -> Double {
            observed > 0 ? observed * log(observed / expected) : 0
        }
        let sum = term(a, expected.0) + term(b, expected.1) + term(c, expected.2) + term(d, expected.3)
        // G² is a divergence, never negative; rounding can leave a tiny negative sum where O = E.
        var statistic = Swift.max(0, 2 * sum)
        if correction == .williams { statistic /= williamsFactor }
        return signed(statistic)
    }

    /// The signed Pearson χ² statistic in its 2×2 closed form,
    /// `χ² = N (|ad − bc| − N δ)² / ((a+b)(c+d)(a+c)(b+d))`.
    ///
    /// - `.yates`: δ = ½ where ``yatesApplies``, else 0 — quanteda's `correction = "default"`
    ///   and `"yates"` for `measure = "chi2"`.
    /// - `.williams`: χ² / ``williamsFactor`` (quanteda allows it; it is meant for G²). The
    ///   current quanteda.textstats code multiplies by the factor here (it divides the
    ///   denominator by it), which moves χ² the wrong way; its older R code, like Tenor, divided.
    ///
    /// A table whose term fills every token (c = d = 0) has the same share, 1, on both sides
    /// and 0 for χ², where the formula would divide 0 by 0.
    public func chiSquared(correction: Keyness.Correction) -> Double {
        let (a, b, c, d) = cells
        let n = a + b + c + d
        let delta = correction == .yates && yatesApplies ? 0.5 : 0
        let difference = abs(a * d - b * c) - n * delta
        var denominator = (a + b) * (c + d) * (a + c) * (b + d)
        guard denominator > 0 else { return 0 }
        if correction == .williams { denominator *= williamsFactor }
        return signed(n * (difference * difference) / denominator)
    }

    /// The log ratio effect size (Hardie 2014): the binary log of the ratio of the term's
    /// relative frequencies, `log₂((a / T) / (b / R))`; each doubling of the relative
    /// frequency adds 1, and 0 means the same share on both sides. A zero count is replaced by
    /// ½ (Hardie's adjustment), so a term found only in the target gets `log₂(2aR / T)`
    /// rather than infinity; 0 when the term is in neither side. (With a reference much smaller
    /// than the target, that ½ can outweigh the target's share and turn the sign negative.)
    ///
    /// Hardie, A. (2014). "Log Ratio — an informal introduction." ESRC Centre for Corpus
    /// Approaches to Social Science (CASS), Lancaster University.
    public var logRatio: Double {
        guard targetCount > 0 || referenceCount > 0 else { return 0 }
        let a = targetCount > 0 ? Double(targetCount) : 0.5
        let b = referenceCount > 0 ? Double(referenceCount) : 0.5
        return log2((a / Double(targetTotal)) / (b / Double(referenceTotal)))
    }

    /// The upper-tail probability of a χ² statistic with one degree of freedom (G² and χ²
    /// alike), of its absolute value: `P(X ≥ |x|) = erfc(√(|x| / 2))`, since X is the square of
    /// a standard normal variable. quanteda computes `1 − pchisq(|x|, 1)`, which is the same
    /// number but rounds to 0 below about 10⁻¹⁶, where `erfc` keeps its precision (it reaches 0
    /// only beyond x ≈ 1,480).
    public static func pValue(_ statistic: Double) -> Double {
        erfc((abs(statistic) / 2).squareRoot())
    }

    /// `statistic` (≥ 0) with the table's sign; 0 stays +0 (no "-0" in a report).
    private func signed(_ statistic: Double) -> Double {
        statistic == 0 ? 0 : sign * statistic
    }
}
