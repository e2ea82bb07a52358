import Testing
@testable import TenorVectorize

/// Expected strings worked out by hand: 12 significant digits, rounded half up, trailing zeros
/// dropped; plain notation from 1e-5 to below 1e12, Swift's shortest form outside.
@Suite struct DecimalFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (1, "1"), (3, "3"), (0.5, "0.5"), (-0.25, "-0.25"),
        (0.123456789012345, "0.123456789012"),      // 13th digit 3 rounds down
        (0.1234567890125, "0.123456789013"),        // 13th digit 5 rounds up
        (0.00001, "0.00001"), (0.00012345, "0.00012345"),
        (123456.5, "123456.5"), (1234567890123.0, "1234567890123.0"),
        (0.9999999999999, "1"),                     // rounding carries into a new digit
        (99.99999999999, "100"), (1e-7, "1e-07"),
        (1.6931471805599454, "1.69314718056"),
    ])
    func formatsWithTwelveSignificantDigits(value: Double, expected: String) {
        var bytes = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
        let length = bytes.withUnsafeMutableBufferPointer { buffer in
            DecimalFormatting.withWriter { $0.write(value, to: buffer.baseAddress!) }
        }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == expected)
    }

    @Test(arguments: [(0, "0"), (7, "7"), (10, "10"), (128_838, "128838")])
    func formatsIntegers(value: Int, expected: String) {
        var bytes = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
        let length = bytes.withUnsafeMutableBufferPointer { buffer in
            DecimalFormatting.withWriter { $0.write(value, to: buffer.baseAddress!) }
        }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == expected)
    }
}
