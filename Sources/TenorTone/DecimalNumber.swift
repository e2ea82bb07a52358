/// Decimal numbers as lexicon files write them (`-1.5`, `.5`, `2e-1`), read from their bytes.
///
/// The built-in lexicons' 48,000 scores are read at every start of `tenor tone`; through
/// `Double(_:)` (a C string copy and `strtod`) behind a generic grammar check they took a fifth
/// of a short run's instructions. Most scores have a few digits: as an integer below 2⁵³ over
/// (or times) a power of ten up to 10²², both exact, one IEEE division (or product) gives the
/// correctly rounded value (Clinger's fast path), which is what `Double(_:)` gives. Other
/// numbers go to `Double(_:)`.
enum DecimalNumber {
    /// The value of `bytes` if they are a decimal number: an optional sign, digits with an
    /// optional point (at least one digit), and an optional exponent (`e` or `E`, optional
    /// sign, digits); nil otherwise (hexadecimal, `inf` and `nan` are no decimals).
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        func skipSign() -> Bool {
            guard index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D else { return false }
            index += 1
            return bytes[index - 1] == 0x2D
        }
        func digit() -> UInt64? {
            guard index < bytes.count, bytes[index] &- 0x30 < 10 else { return nil }
            index += 1
            return UInt64(bytes[index - 1] &- 0x30)
        }
        let negative = skipSign()
        var mantissa: UInt64 = 0
        var exact = true
        var digits = 0
        var fractionDigits = 0
        func accumulate(_ value: UInt64) {
            digits += 1
            if mantissa >= (1 << 53) / 10 { exact = false } else { mantissa = mantissa * 10 + value }
        }
        while let value = digit() { accumulate(value) }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            while let value = digit() {
                accumulate(value)
                fractionDigits += 1
            }
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if index < bytes.count, bytes[index] | 0x20 == 0x65 {
            index += 1
            let negativeExponent = skipSign()
            var exponentDigits = 0
            while let value = digit() {
                exponentDigits += 1
                if exponent < 10_000 { exponent = exponent * 10 + Int(value) }
            }
            guard exponentDigits > 0 else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard index == bytes.count else { return nil }
        let scale = exponent - fractionDigits
        guard exact, abs(scale) < powersOfTen.count else { return Double(String(decoding: bytes, as: UTF8.self)) }
        let magnitude = scale < 0 ? Double(mantissa) / powersOfTen[-scale] : Double(mantissa) * powersOfTen[scale]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², every one exact in a Double.
    private static let powersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }
}
