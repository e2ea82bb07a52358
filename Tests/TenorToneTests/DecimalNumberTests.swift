import Testing
@testable import TenorTone

/// Lexicon scores read from their bytes give exactly what `Double(_:)` gives, bit for bit, and
/// only decimals are read.
@Suite struct DecimalNumberTests {
    static func value(_ text: String) -> Double? {
        var text = text
        return text.withUTF8(DecimalNumber.value(of:))
    }

    @Test(arguments: ["", "+", "-", ".", "+.", "1e", "1e+", "e5", ".e1", "0x1p3", "inf", "-inf", "nan",
                      "1.5.", " 1", "1 ", "--1", "1,5", "1e1.5", "١"])
    func notDecimalsAreRefused(text: String) {
        #expect(Self.value(text) == nil)
    }

    /// Written cases: the fast path (`-1.34`, `.5`, `1.`, `2E+3`), the fallback (more digits
    /// than 2⁵³ holds, an exponent beyond 10²²), overflow to infinity, and negative zero.
    @Test(arguments: ["-1.34", ".5", "1.", "2E+3", "0.000001234", "4", "-0.0", "-0",
                      "123456789012345678901234", "0.1234567890123456789", "1e23", "1e-30", "1e400", "9007199254740993"])
    func writtenCasesMatchDouble(text: String) throws {
        let expected = try #require(Double(text))
        #expect(Self.value(text)?.bitPattern == expected.bitPattern, "\(text)")
    }

    /// Random decimals of every shape: the reference is `Double(_:)` (strtod, correctly
    /// rounded).
    @Test func randomDecimalsMatchDouble() throws {
        // Knuth's MMIX linear congruential generator, top bits: the same cases on every run.
        var state: UInt64 = 20261206
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<20_000 {
            var text = ["", "-", "+"][Int(next() % 3)]
            let integerDigits = Int(next() % 12)
            let fractionDigits = Int(next() % 12)
            text += String((0..<integerDigits).map { _ in Character(String(next() % 10)) })
            if fractionDigits > 0 || integerDigits == 0 {
                text += "." + String((0..<max(fractionDigits, 1)).map { _ in Character(String(next() % 10)) })
            }
            if next() % 4 == 0 {
                text += (next() % 2 == 0 ? "e" : "E-") + String(next() % 30)
            }
            let expected = try #require(Double(text), "\(text)")
            #expect(Self.value(text)?.bitPattern == expected.bitPattern, "\(text)")
        }
    }
}
