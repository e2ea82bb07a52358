/// The eight decimal digits of a number below 10^8, leading zeros included, one per byte of a
/// word, first digit in the lowest byte (so that a little-endian store writes them in order).
///
/// The number is split in all lanes at once: into two 4-digit halves (32-bit lanes), each into
/// two 2-digit quarters (16-bit lanes), each into two digits (bytes). A split takes the quotient
/// `q` by a multiply-shift (10486 / 2^20 ≈ 1/100 is exact below 10^4, 103 / 2^10 ≈ 1/10 below
/// 100, and no lane's product reaches the next lane) and forms `q + (x − q·d)·2^k` as
/// `x·2^k + q·(1 − d·2^k)`, one multiplication fewer on the way.
struct DigitWord {
    static let limit: UInt64 = 100_000_000
    /// The digits as values 0…9.
    let digits: UInt64

    @inline(__always)
    init(_ value: UInt64) {
        let high = (value &* 109_951_163) >> 40         // value / 10^4, exact below 10^8
        self.init(lanes: value &<< 32 &+ high &* (1 &- 10_000 &<< 32))
    }

    /// The four digits of a number below 10^4, in the low four bytes.
    @inline(__always)
    init(fourDigits value: UInt64) { self.init(lanes: value) }

    /// The digits of `first` then those of `second`, four each (both below 10^4).
    @inline(__always)
    init(fourDigits first: UInt64, then second: UInt64) { self.init(lanes: first | second &<< 32) }

    /// Digits from two 32-bit lanes below 10^4 each.
    @inline(__always)
    private init(lanes: UInt64) {
        let hundreds = ((lanes &* 10486) >> 20) & 0x0000_007F_0000_007F
        let quarters = lanes &<< 16 &+ hundreds &* (1 &- 100 &<< 16)
        let tens = ((quarters &* 103) >> 10) & 0x000F_000F_000F_000F
        digits = quarters &<< 8 &+ tens &* (1 &- 10 &<< 8)
    }

    /// The digits as ASCII.
    var text: UInt64 { digits | 0x3030_3030_3030_3030 }

    /// Stores all eight digits at `output`.
    @inline(__always)
    func store(at output: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(output).storeBytes(of: text.littleEndian, as: UInt64.self)
    }

    /// Stores the digits without their leading zeros (one zero for 0) at `output`; returns how many.
    @inline(__always)
    func storeSignificant(at output: UnsafeMutablePointer<UInt8>) -> Int {
        let leadingZeros = min(7, digits.trailingZeroBitCount >> 3)
        UnsafeMutableRawPointer(output).storeBytes(of: (text &>> (leadingZeros &* 8)).littleEndian, as: UInt64.self)
        return 8 - leadingZeros
    }
}
