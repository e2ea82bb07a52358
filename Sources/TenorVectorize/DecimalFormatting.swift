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
///
/// The digits are made eight at a time in the lanes of one 64-bit word (``DigitWord``,
/// ``TwelveDigits``) and stored eight bytes at a time; a number's text is then cut to length,
/// so the writers store a few bytes past the end of what they return (never more than
/// ``maximumLength`` in all).
enum DecimalFormatting {
    /// The most bytes one number's writer stores, counting the bytes past its returned length
    /// that the next write overwrites.
    static let maximumLength = 32

    /// Runs `body` with a writer whose lookup table stays put for the whole call, so hot
    /// loops pay no lazy-global check or reference counting per number.
    static func withWriter<Result>(_ body: (Writer) -> Result) -> Result {
        powers.withUnsafeBufferPointer { powers in body(Writer(powers: powers.baseAddress!)) }
    }

    /// 10^-5 … 10^17 (the non-negative powers are exact in Double). The exponent of a value
    /// and its rounding to 12 digits are defined by these very doubles.
    private static let powers = (-5...17).map { (exponent: Int) -> Double in pow(10, Double(exponent)) }

    struct Writer {
        fileprivate let powers: UnsafePointer<Double>

        /// 10^exponent for exponent in -5...17.
        @inline(__always)
        private func power(_ exponent: Int) -> Double { powers[exponent + 5] }

        /// Writes a non-negative integer at `output`; returns the bytes written.
        @inline(__always)
        func write(_ value: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
            let value = UInt64(value)
            guard value < DigitWord.limit else { return writeLarge(value, to: output) }
            return DigitWord(value).storeSignificant(at: output)
        }

        /// Integers of nine digits or more: the leading part, then exactly eight digits.
        private func writeLarge(_ value: UInt64, to output: UnsafeMutablePointer<UInt8>) -> Int {
            let leading = write(Int(value / DigitWord.limit), to: output)
            DigitWord(value % DigitWord.limit).store(at: output + leading)
            return leading + 8
        }

        /// Writes a finite `value` with 12 significant digits, rounded half up, trailing zeros
        /// dropped: plain notation from 1e-5 up to 1e12, Swift's shortest form beyond. Returns
        /// the bytes written.
        @inline(__always)
        func write(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
            let magnitude = abs(value)
            // Zero and non-finite values fail this test too.
            guard magnitude >= power(-5), magnitude < power(12) else { return writeBeyondPlain(value, to: output) }
            let sign = value < 0 ? 1 : 0
            output[0] = 0x2D                            // overwritten below when positive
            // The decimal exponent is that of the binary exponent scaled by log10(2) (78913 / 2^18),
            // or one less: one comparison with the power of ten settles it. The mantissa of both
            // cases (the 12 leading digits as an integer, magnitude × 10^(11 − exponent), rounded
            // half up) is computed meanwhile, so neither waits for the other.
            let estimate = ((Int(magnitude.exponentBitPattern) - 1022) &* 78913) >> 18
            let below = magnitude < power(estimate)
            let mantissaBelow = Self.truncated(magnitude * power(12 - estimate) + 0.5)
            let mantissaAt = Self.truncated(magnitude * power(11 - estimate) + 0.5)
            var exponent = below ? estimate - 1 : estimate
            var mantissa = below ? mantissaBelow : mantissaAt
            if mantissa >= 1_000_000_000_000 {          // rounding carried into a 13th digit
                mantissa /= 10
                exponent += 1
                guard exponent < 12 else { return writeBeyondPlain(value, to: output) }
            }
            return sign + writePlain(TwelveDigits(mantissa), exponent: exponent, to: output + sign)
        }

        /// The integer part of `value` (non-negative, below 2^52), as `UInt64(value)` gives it but
        /// without that conversion's range checks: adding 2^52 rounds to an integer (to nearest),
        /// which lands in the low bits of the sum; one comparison turns rounding up into truncation.
        @inline(__always)
        private static func truncated(_ value: Double) -> UInt64 {
            let sum = value + 0x1p52
            let rounded = sum.bitPattern & 0xF_FFFF_FFFF_FFFF
            return sum - 0x1p52 > value ? rounded &- 1 : rounded
        }

        /// Zero, and magnitudes below 1e-5 or from 1e12 on; a value that is not finite stops the
        /// program.
        private func writeBeyondPlain(_ value: Double, to output: UnsafeMutablePointer<UInt8>) -> Int {
            precondition(value.isFinite, "DecimalFormatting: \(value) is not finite")
            if value == 0 { output[0] = 0x30; return 1 }
            let sign = value < 0 ? 1 : 0
            output[0] = 0x2D
            return sign + writeShortest(abs(value), to: output + sign)
        }

        /// `digits` × 10^(exponent − 11) in plain notation: `0.000ddd`, `ddd` or `ddd.ddd`.
        @inline(__always)
        private func writePlain(_ digits: TwelveDigits, exponent: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
            if exponent < 0 {
                // "0." and up to four zeros in one store; the digits land after the zeros.
                UnsafeMutableRawPointer(output).storeBytes(of: Self.zeroPoint.littleEndian, as: UInt64.self)
                let start = 1 - exponent
                digits.store(at: output + start)
                return start + digits.significant
            }
            let integerDigits = exponent + 1
            digits.store(at: output)
            // A whole number: the stored zeros after its significant digits complete it.
            if digits.significant <= integerDigits { return integerDigits }
            // The fraction moves one place right to make room for the point.
            var index = digits.significant
            while index > integerDigits { output[index] = output[index - 1]; index -= 1 }
            output[integerDigits] = 0x2E
            return digits.significant + 1
        }

        /// "0.000000" as the bytes of one little-endian word.
        private static let zeroPoint: UInt64 = 0x3030_3030_3030_2E30

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
