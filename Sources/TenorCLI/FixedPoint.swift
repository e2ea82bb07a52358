/// Fixed-point decimals for the text views, written straight into a small buffer (these run
/// once per cell, hundreds of thousands of times for a corpus).
enum FixedPoint {
    /// `value` with `places` decimals (0…9), rounded half away from zero.
    static func text(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e17 else { return value.description }
        var rest = UInt64(scaled)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            // Digits from the right: the decimals, the point, the integer part, the sign.
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
            if value < 0 && scaled > 0 { put(0x2D) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<32]), as: UTF8.self)
        }
    }
}
