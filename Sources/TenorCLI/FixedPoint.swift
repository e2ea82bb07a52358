/// Fixed-point decimals for the text views, written straight into a small buffer (these run
/// once per cell, hundreds of thousands of times for a corpus).
enum FixedPoint {
    /// The most bytes ``write(_:places:at:)`` and ``write(_:at:)`` write.
    static let maximumLength = 32

    /// `value` with `places` decimals (0…9), rounded half away from zero.
    static func text(_ value: Double, places: Int) -> String {
        withDigits(of: value, places: places) { String(decoding: $0, as: UTF8.self) } ?? value.description
    }

    /// Writes ``text(_:places:)``'s bytes at `start`, which has room for ``maximumLength``;
    /// returns how many it wrote.
    static func write(_ value: Double, places: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        if let count = withDigits(of: value, places: places, { copy($0, to: start) }) { return count }
        // Too large for the digits (or not finite): Swift's own notation, at most 24 bytes.
        var description = value.description
        return description.withUTF8 { copy($0, to: start) }
    }

    /// Writes the decimal digits of `value` (not negative), as `String(value)` has them, at
    /// `start`, which has room for ``maximumLength``; returns how many it wrote.
    static func write(_ value: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(value >= 0, "a count is never negative")
        return digits(of: UInt64(value), places: 0, negative: false) { copy($0, to: start) }
    }

    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to start: UnsafeMutablePointer<UInt8>) -> Int {
        start.initialize(from: bytes.baseAddress!, count: bytes.count)
        return bytes.count
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            // Digits from the right: the decimals, the point, the integer part, the sign.
            var rest = magnitude
            var index = maximumLength
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
            return body(UnsafeBufferPointer(rebasing: buffer[index..<maximumLength]))
        }
    }
}
