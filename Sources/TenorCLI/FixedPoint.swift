/// Fixed-point decimals for the text views, written straight into a small buffer (these run
/// once per cell, hundreds of thousands of times for a corpus).
enum FixedPoint {
    /// The most bytes ``text(_:places:)`` gives: 18 digits, a point and a sign, or the longest
    /// `description` of a `Double` (`-2.2250738585072014e-308`).
    static let width = 24

    /// `value` with `places` decimals (0…9), rounded half away from zero.
    static func text(_ value: Double, places: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: width) { buffer in
            guard let count = write(value, places: places, to: buffer.baseAddress!) else { return value.description }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Writes ``text(_:places:)`` at `start` (room for ``width`` bytes) and returns how many bytes
    /// it wrote; nil, with nothing written, when `value` is too large for 18 digits.
    @inline(__always)
    static func write(_ value: Double, places: Int, to start: UnsafeMutablePointer<UInt8>) -> Int? {
        let scale = places == 3 ? 1e3 : places == 4 ? 1e4 : power(places)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e17 else { return nil }
        return write(UInt64(scaled), places: places, negative: value < 0 && scaled > 0, to: start)
    }

    /// Writes `units` ten-to-the-`places`ths at `start`: its digits with a point before the last
    /// `places` (and at least one before it), after a minus sign if `negative`; returns how many
    /// bytes it wrote (at most 22).
    @inline(__always)
    static func write(_ units: UInt64, places: Int, negative: Bool, to start: UnsafeMutablePointer<UInt8>) -> Int {
        var digits = 1
        var power: UInt64 = 10
        while digits < 20 && units >= power {
            digits += 1
            power = power &* 10
        }
        digits = max(digits, places + 1)
        let count = digits + (places > 0 ? 1 : 0) + (negative ? 1 : 0)
        // Digits from the right: the decimals, the point, the integer part, the sign.
        var rest = units
        var index = count
        for written in 0..<digits {
            if written == places && places > 0 {
                index -= 1
                start[index] = 0x2E
            }
            index -= 1
            start[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
        if negative { start[0] = 0x2D }
        return count
    }

    /// Writes ``text(_:places:)``'s bytes at `start` (room for ``width``), in Swift's own
    /// notation when `value` is too large for 18 digits; returns how many it wrote.
    static func write(_ value: Double, places: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        if let count = write(value, places: places, to: start) { return count }
        var description = value.description
        return description.withUTF8 { bytes in
            start.initialize(from: bytes.baseAddress!, count: bytes.count)
            return bytes.count
        }
    }

    /// Writes the decimal digits of a count, as `String(count)` has them, at `start` (room for
    /// ``width``); returns how many it wrote.
    static func write(_ count: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(count >= 0, "a count is never negative")
        return write(UInt64(count), places: 0, negative: false, to: start)
    }

    /// 10 to the `places`.
    private static func power(_ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return scale
    }
}
