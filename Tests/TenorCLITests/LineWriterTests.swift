import Testing
@testable import TenorCLI

/// The row writers' fixed-point decimals (hand-rounded values) and lines (against the strings
/// Swift gives for the same integers and doubles).
@Suite struct LineWriterTests {
    /// Rounded half away from zero (0.00005 → 0.0001 is a tie only in decimal: its double is
    /// slightly above), a minus sign only when a digit is not zero, at least one digit before
    /// the point, places 0 without a point, and a value too large for 18 digits as its
    /// `description`.
    @Test func fixedPointText() {
        #expect(FixedPoint.text(0.6705, places: 4) == "0.6705")
        #expect(FixedPoint.text(-0.0004, places: 3) == "0.000")
        #expect(FixedPoint.text(-0.0006, places: 3) == "-0.001")
        #expect(FixedPoint.text(1, places: 3) == "1.000")
        #expect(FixedPoint.text(12.5, places: 0) == "13")
        #expect(FixedPoint.text(-1234.5678, places: 2) == "-1234.57")
        #expect(FixedPoint.text(0.05, places: 1) == "0.1")
        #expect(FixedPoint.text(1e30, places: 2) == 1e30.description)
    }

    /// A line of separators, integers, decimals and text, as the strings joined would give.
    @Test func line() {
        let tab: UInt8 = 0x09
        let line = LineWriter.line(capacity: 4 * FixedPoint.width + 16) { line in
            line.append(-42)
            line.append(tab)
            line.append(Int.min)
            line.append(tab)
            line.append(-0.25, places: 3)
            line.append(tab)
            line.append(1e30, places: 2)
            line.append(tab)
            line.append("négatif")
            line.append("")
        }
        #expect(line == "-42\t\(Int.min)\t-0.250\t\(1e30)\tnégatif")
    }
}
