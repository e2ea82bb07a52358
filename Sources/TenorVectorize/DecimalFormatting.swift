#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast decimal text for numbers written by the million (Matrix Market entries), straight
/// into a byte buffer.
///
/// `Double.description` gives the shortest round-trip form but costs a `String` per value;
/// term weights need far less: 12 significant digits keep every value within 5e-12 relative
/// of the exact one, and whole numbers (counts) print exactly.
enum DecimalFormatting {
    static let significantDigits = 12
    /// The most bytes one number takes.
    static let maximumLength = 32

    /// Runs `body` with a writer whose lookup tables stay put for the whole call, so hot
    /// loops pay no lazy-global check or reference counting per number.
    static func withWriter<Result>(_ body: (Writer) -> Result) -> Result {
        tables.pairs.withUnsafeBufferPointer { pairs in
            tables.powers.withUnsafeBufferPointer { powers in
                body(Writer(pairs: pairs.baseAddress!, powers: powers.baseAddress!))
            }
        }
    }

    private static let tables = (
        /// "00", "01", … "99" as 200 ASCII bytes.
        pairs: (0..<100).flatMap { (pair: Int) -> [UInt8] in [UInt8(48 + pair / 10), UInt8(48 + pair % 10)] },
        /// 10^-5 … 10^17 (the non-negative powers are exact in Double).
        powers: (-5...17).map { (exponent: Int) -> Double in pow(10, Double(exponent)) }
    )

    struct Writer {
        fileprivate let pairs: UnsafePointer<UInt8>
        fileprivate let powers: UnsafePointer<Double>

        /// 10^exponent for exponent in -5...17.
        @inline(__always)
        private func power(_ exponent: Int) -> Double { powers[exponent + 5] }

        /// Writes a non-negative integer at `output`; returns the bytes written.
        @inline(__always)
        func write(_ value: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
            var digits = 1
            var bound = 10
            while value >= bound, digits < 18 { digits += 1; bound &*= 10 }
            writeDigits(UInt64(value), count: digits, to: output)
            return digits
        }

        /// Writes a finite `value` with 12 significant digits, trailing zeros dropped: plain
        /// notation from 1e-5 up to 1e12, Swift's shortest form beyond. Returns the bytes written.
        @inline(__always)
        func write(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
            precondition(value.isFinite, "DecimalFormatting: \(value) is not finite")
            if value == 0 { output[0] = 0x30; return 1 }
            var position = 0
            if value < 0 { output[0] = 0x2D; position = 1 }
            let magnitude = abs(value)
            // The decimal exponent by comparison (weights sit in 0.01…1, so this takes a step
            // or two; log10 would cost more than the rest of the formatting).
            var exponent = 0
            if magnitude >= 1 {
                while exponent < 12, magnitude >= power(exponent + 1) { exponent += 1 }
            } else {
                exponent = -1
                while exponent >= -5, magnitude < power(exponent) { exponent -= 1 }
            }
            guard (-5..<12).contains(exponent) else { return position + writeShortest(magnitude, to: output + position) }
            // The 12 leading digits as an integer: magnitude × 10^(11 − exponent), rounded half up.
            var mantissa = UInt64(magnitude * power(11 - exponent) + 0.5)
            if mantissa >= 1_000_000_000_000 {          // rounding carried into a 13th digit
                mantissa /= 10
                exponent += 1
                guard exponent < 12 else { return position + writeShortest(magnitude, to: output + position) }
            }
            var digits = significantDigits
            while digits > 1, mantissa % 10 == 0 { mantissa /= 10; digits -= 1 }
            if exponent >= 0 {
                let integerDigits = exponent + 1
                if digits <= integerDigits {
                    writeDigits(mantissa, count: digits, to: output + position)
                    for index in digits..<integerDigits { output[position + index] = 0x30 }
                    return position + integerDigits
                }
                let divisor = UInt64(power(digits - integerDigits))
                writeDigits(mantissa / divisor, count: integerDigits, to: output + position)
                output[position + integerDigits] = 0x2E
                writeDigits(mantissa % divisor, count: digits - integerDigits, to: output + position + integerDigits + 1)
                return position + digits + 1
            }
            let zeros = -exponent - 1
            output[position] = 0x30
            output[position + 1] = 0x2E
            for index in 0..<zeros { output[position + 2 + index] = 0x30 }
            writeDigits(mantissa, count: digits, to: output + position + 2 + zeros)
            return position + 2 + zeros + digits
        }

        /// Exactly `count` digits of `value`, with leading zeros; two digits per division.
        @inline(__always)
        private func writeDigits(_ value: UInt64, count: Int, to output: UnsafeMutablePointer<UInt8>) {
            var rest = value
            var index = count - 1
            while index >= 1 {
                let pair = Int(rest % 100) &* 2
                rest /= 100
                output[index] = pairs[pair + 1]
                output[index - 1] = pairs[pair]
                index -= 2
            }
            if index == 0 { output[0] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10) }
        }

        private func writeShortest(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
            var written = 0
            for byte in value.description.utf8 {
                output[written] = byte
                written += 1
            }
            return written
        }
    }
}
