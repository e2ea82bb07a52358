import Testing
@testable import TenorCLI

/// The decimals of the table, CSV and TSV views, as text and as bytes written into a line.
@Suite struct FixedPointTests {
    /// What `write` puts into a buffer of `FixedPoint.width` bytes.
    private func written(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: FixedPoint.width) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<write(buffer.baseAddress!)]), as: UTF8.self)
        }
    }

    /// Half away from zero, of the value times 10^places: 2.675 × 100 is exactly 267.5 in
    /// doubles (the product rounds), so 2.68; −0.004 rounds to zero and shows no sign; values
    /// too large for the digits, and infinity, are written as Swift writes them.
    @Test func textAndBytesAgree() {
        let cases: [(Double, Int, String)] = [
            (108.96159090909092, 2, "108.96"), (-0.5681818181818166, 2, "-0.57"), (2.675, 2, "2.68"),
            (-0.004, 2, "0.00"), (0.5, 0, "1"), (-1.25, 1, "-1.3"), (1e18, 2, "1e+18"), (.infinity, 2, "inf"),
            (-.greatestFiniteMagnitude, 2, "-1.7976931348623157e+308"),
        ]
        for (value, places, expected) in cases {
            #expect(FixedPoint.text(value, places: places) == expected)
            #expect(written { FixedPoint.write(value, places: places, at: $0) } == expected)
        }
    }

    /// Counts are written as `String(count)` writes them.
    @Test func countsAreDecimal() {
        for count in [0, 7, 10, 128_838, Int.max] {
            #expect(written { FixedPoint.write(count, at: $0) } == String(count))
        }
    }
}
