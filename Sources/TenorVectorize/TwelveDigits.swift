/// The twelve digits of a rounded mantissa (below 10^12), leading zeros included, and how many
/// remain once trailing zeros are dropped (at least one).
struct TwelveDigits {
    /// The first four digits, in the low four bytes.
    let high: DigitWord
    /// The last eight digits.
    let low: DigitWord
    let significant: Int

    @inline(__always)
    init(_ value: UInt64) {
        // Three groups of four digits, each taken from `value` by one division (so that the
        // groups do not wait for each other).
        let firstFour = value / 100_000_000
        let firstEight = value / 10_000
        high = DigitWord(fourDigits: firstFour)
        low = DigitWord(fourDigits: firstEight &- firstFour &* 10_000, then: value &- firstEight &* 10_000)
        // Trailing zero digits are the high zero bytes of the last digits' word (or, when all
        // eight are zero, of the first four's).
        significant = low.digits != 0
            ? 12 - low.digits.leadingZeroBitCount >> 3
            : max(1, 4 - (high.digits.leadingZeroBitCount - 32) >> 3)
    }

    /// Stores all twelve digits at `output`.
    @inline(__always)
    func store(at output: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(output).storeBytes(of: UInt32(truncatingIfNeeded: high.text).littleEndian, as: UInt32.self)
        low.store(at: output + 4)
    }
}
