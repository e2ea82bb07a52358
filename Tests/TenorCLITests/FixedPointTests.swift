import Testing
@testable import TenorCLI

/// The decimals of the table, CSV and TSV views, as text and as bytes appended to a line.
@Suite struct FixedPointTests {
    /// Half away from zero, of the value times 10^places: 2.675 × 100 is exactly 267.5 in
    /// doubles (the product rounds), so 2.68; −0.004 rounds to zero and shows no sign; values
    /// too large for the digits, and infinity, are written as Swift writes them.
    @Test func textAndBytesAgree() {
        let cases: [(Double, Int, String)] = [
            (108.96159090909092, 2, "108.96"), (-0.5681818181818166, 2, "-0.57"), (2.675, 2, "2.68"),
            (-0.004, 2, "0.00"), (0.5, 0, "1"), (-1.25, 1, "-1.3"), (1e18, 2, "1e+18"), (.infinity, 2, "inf"),
        ]
        for (value, places, expected) in cases {
            #expect(FixedPoint.text(value, places: places) == expected)
            var bytes: [UInt8] = Array("x".utf8)
            FixedPoint.append(value, places: places, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + expected)
        }
    }

    /// Counts are written as `String(count)` writes them.
    @Test func countsAreDecimal() {
        for count in [0, 7, 10, 128_838, Int.max] {
            var bytes: [UInt8] = []
            FixedPoint.append(count, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(count))
        }
    }
}
