/// One output line written left to right into its string's own storage, for the CSV and TSV
/// row writers: they run once per paragraph, hundreds of thousands of times for a corpus, and
/// building each line as an array of bytes, or of cells, and then a string cost more than
/// scoring the paragraph did.
struct LineWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private var count = 0

    private init(_ start: UnsafeMutablePointer<UInt8>) { self.start = start }

    /// The line `body` writes, of at most `capacity` bytes (each number counting
    /// ``FixedPoint/width``).
    static func line(capacity: Int, _ body: (inout LineWriter) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = LineWriter(buffer.baseAddress!)
            body(&writer)
            return writer.count
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            (start + count).initialize(from: base, count: bytes.count)
            count += bytes.count
        }
    }

    /// `number` in decimal, as `String(number)` has it.
    @inline(__always)
    mutating func append(_ number: Int) {
        count += FixedPoint.write(UInt64(number.magnitude), places: 0, negative: number < 0, to: start + count)
    }

    /// ``FixedPoint/text(_:places:)`` of `value`.
    @inline(__always)
    mutating func append(_ value: Double, places: Int) {
        guard let written = FixedPoint.write(value, places: places, to: start + count) else { return append(value.description) }
        count += written
    }
}
