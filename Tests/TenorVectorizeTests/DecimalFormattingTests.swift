import Foundation
import Testing
@testable import TenorVectorize

/// Expected strings worked out by hand: 12 significant digits, rounded half up, trailing zeros
/// dropped; plain notation from 1e-5 to below 1e12, Swift's shortest form outside.
@Suite struct DecimalFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1, "1"), (3, "3"), (0.5, "0.5"), (-0.25, "-0.25"),
        (0.123456789012345, "0.123456789012"),      // 13th digit 3 rounds down
        (0.1234567890125, "0.123456789013"),        // 13th digit 5 rounds up
        (0.00001, "0.00001"), (0.00012345, "0.00012345"),
        (123456.5, "123456.5"), (1234567890123.0, "1234567890123.0"),
        (0.9999999999999, "1"),                     // rounding carries into a new digit
        (99.99999999999, "100"), (1e-7, "1e-07"),
        (1.6931471805599454, "1.69314718056"),
    ])
    func formatsWithTwelveSignificantDigits(value: Double, expected: String) {
        #expect(Self.written(value) == expected)
    }

    /// Where the exponent changes, and where the first, last or all of the last eight digits are zero.
    @Test(arguments: [
        (0.1, "0.1"), (0.01, "0.01"), (0.001, "0.001"), (0.0001, "0.0001"),
        (0.09999999999999999, "0.1"),               // rounds up into the next decade
        (0.099999999999, "0.099999999999"),
        (0.1234, "0.1234"),                         // the last eight digits all zero
        (0.12345, "0.12345"), (0.123456789, "0.123456789"),
        (0.100000000001, "0.100000000001"),         // zeros between the first and last digit
        (0.0000099999, "9.9999e-06"),               // below 1e-5: shortest form
        (-0.000123, "-0.000123"),
        (12.25, "12.25"), (100, "100"), (100_000_000_000, "100000000000"),
        (123_456_789_012, "123456789012"), (999_999_999_999.4, "999999999999"),
        (999_999_999_999.5, "999999999999.5"),      // rounding carries to 1e12: shortest form
        (-7, "-7"), (1e12, "1000000000000.0"),
    ])
    func handlesExponentAndZeroBoundaries(value: Double, expected: String) {
        #expect(Self.written(value) == expected)
    }

    /// The fast path against the plain definition (exponent by comparison with the powers of
    /// ten, 12 digits by one multiplication, rounded half up, zeros dropped) on values spread
    /// over every exponent and on TF-IDF-like weights.
    @Test func agreesWithTheDefinitionOnManyValues() {
        var state: UInt64 = 42                      // a linear congruential sequence: the same values every run
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        var mismatches: [String] = []
        for index in 0..<200_000 {
            let unit = Double(next() >> 11) / Double(1 << 53)
            let value = index.isMultiple(of: 2) ? unit : unit * pow(10, Double(Int(next() >> 59) % 19 - 6))
            if Self.written(value) != Self.definition(value) { mismatches.append("\(value)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (10, "10"), (128_838, "128838"), (99_999_999, "99999999"),
        (100_000_000, "100000000"), (1_234_567_890_123, "1234567890123"), (Int.max, "9223372036854775807"),
    ])
    func formatsIntegers(value: Int, expected: String) {
        var bytes = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
        let length = bytes.withUnsafeMutableBufferPointer { buffer in
            DecimalFormatting.withWriter { $0.write(value, to: buffer.baseAddress!) }
        }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == expected)
    }

    @Test(arguments: [(0, "00000000"), (7, "00000007"), (12_345_678, "12345678"), (90_000_001, "90000001")])
    func digitWordsHoldEightDigits(value: UInt64, expected: String) {
        #expect(Self.stored(8) { DigitWord(value).store(at: $0) } == expected)
    }

    @Test(arguments: [(0, "0"), (5, "5"), (40, "40"), (10_000_000, "10000000")])
    func digitWordsDropLeadingZeros(value: UInt64, expected: String) {
        var count = 0
        let text = Self.stored(8) { count = DigitWord(value).storeSignificant(at: $0) }
        #expect(String(text.prefix(count)) == expected)
    }

    @Test(arguments: [
        (123_456_789_012, 12), (100_000_000_000, 1), (120_000_000_000, 2), (123_400_000_000, 4),
        (123_450_000_000, 5), (100_000_000_010, 11),
    ])
    func twelveDigitsCountTheirSignificantDigits(value: UInt64, significant: Int) {
        let digits = TwelveDigits(value)
        #expect(digits.significant == significant)
        #expect(Self.stored(12) { digits.store(at: $0) } == String(value))
    }

    /// What the writer writes for `value`.
    static func written(_ value: Double) -> String {
        var bytes = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
        let length = bytes.withUnsafeMutableBufferPointer { buffer in
            DecimalFormatting.withWriter { $0.write(value, to: buffer.baseAddress!) }
        }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }

    /// The first `count` bytes `store` leaves in a buffer (which has room for its wide stores).
    static func stored(_ count: Int, _ store: (UnsafeMutablePointer<UInt8>) -> Void) -> String {
        var bytes = [UInt8](repeating: 0, count: DecimalFormatting.maximumLength)
        bytes.withUnsafeMutableBufferPointer { store($0.baseAddress!) }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    /// The format, step by step (for positive values in the plain range and beyond).
    static func definition(_ value: Double) -> String {
        let power = { (exponent: Int) in pow(10, Double(exponent)) }
        guard value >= power(-5), value < power(12) else { return value == 0 ? "0" : value.description }
        var exponent = -5
        while value >= power(exponent + 1) { exponent += 1 }
        var mantissa = UInt64(value * power(11 - exponent) + 0.5)
        if mantissa >= 1_000_000_000_000 {
            mantissa /= 10
            exponent += 1
            if exponent == 12 { return value.description }
        }
        let digits = Array(String(repeating: "0", count: 12 - String(mantissa).count) + String(mantissa))
        let significant = String(digits.reversed().drop { $0 == "0" }.reversed())
        if exponent < 0 { return "0." + String(repeating: "0", count: -exponent - 1) + significant }
        let whole = exponent + 1
        if significant.count <= whole { return String(digits.prefix(whole)) }
        return String(digits.prefix(whole)) + "." + significant.dropFirst(whole)
    }
}
