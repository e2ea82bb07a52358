/// Fixed-point decimals for the text views, written straight into a small buffer (these run
/// once per cell, hundreds of thousands of times for a corpus).
enum FixedPoint {
    /// `value` with `places` decimals (0…9), rounded half away from zero.
    static func text(_ value: Double, places: Int) -> String {
        withDigits(of: value, places: places) { String(decoding: $0, as: UTF8.self) } ?? value.description
    }

    /// Appends ``text(_:places:)``'s bytes to `bytes`, without making a `String`.
    static func append(_ value: Double, places: Int, to bytes: inout [UInt8]) {
        if withDigits(of: value, places: places, { bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Appends the decimal digits of `value` (not negative) to `bytes`: what `String(value)` gives.
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        precondition(value >= 0, "a count is never negative")
        digits(of: UInt64(value), places: 0, negative: false) { bytes.append(contentsOf: $0) }
    }

    /// Hands `body` the digits of `value` with `places` decimals; nil (and `body` not called)
    /// for a magnitude too large for them, which the callers write in Swift's own notation.
    private static func withDigits<Result>(of value: Double, places: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e17 else { return nil }
        return digits(of: UInt64(scaled), places: places, negative: value < 0 && scaled > 0, body)
    }

    /// Hands `body` `magnitude` in decimal with its last `places` digits after a point, and a
    /// minus sign when `negative`, from a buffer on the stack.
    private static func digits<Result>(of magnitude: UInt64, places: Int, negative: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            // Digits from the right: the decimals, the point, the integer part, the sign.
            var rest = magnitude
            var index = 32
            func put(_ byte: UInt8) { index -= 1; buffer[index] = byte }
            for _ in 0..<places {
                put(UInt8(0x30 + rest % 10))
                rest /= 10
            }
            if places > 0 { put(0x2E) }
            repeat {
                put(UInt8(0x30 + rest % 10))
                rest /= 10
            } while rest > 0
            if negative { put(0x2D) }
            return body(UnsafeBufferPointer(rebasing: buffer[index..<32]))
        }
    }
}
