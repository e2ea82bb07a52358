/// A one-dimensional (or zero-dimensional) array in numpy's `.npy` format, version 1.0: the
/// magic string, a header that is the repr of a Python dict, padded as `numpy.lib.format` pads
/// it (room for the first axis to grow to 21 digits, then spaces up to a multiple of 64 bytes,
/// then a newline), and the elements little-endian.
struct NumpyArray: StoredZipMember {
    enum Elements {
        case int32([Int32])
        case int64([Int64])
        case float64([Double])
        /// One byte string (`|S<n>`), a zero-dimensional array.
        case bytes([UInt8])
    }

    /// The member's name in the archive (`indices.npy`).
    let name: String
    let elements: Elements

    /// numpy's type string and shape, as `numpy.lib.format` writes them.
    private var description: (type: String, shape: String, firstAxis: String?) {
        switch elements {
        case .int32(let values): ("<i4", "(\(values.count),)", "\(values.count)")
        case .int64(let values): ("<i8", "(\(values.count),)", "\(values.count)")
        case .float64(let values): ("<f8", "(\(values.count),)", "\(values.count)")
        case .bytes(let value): ("|S\(value.count)", "()", nil)
        }
    }

    /// The magic string, version, header length and padded header.
    var header: [UInt8] {
        let (type, shape, firstAxis) = description
        var text = "{'descr': '\(type)', 'fortran_order': False, 'shape': \(shape), }"
        if let firstAxis { text += String(repeating: " ", count: Self.growthDigits - firstAxis.count) }
        // The preamble is 10 bytes (magic 6, version 2, length 2); the newline ends the header.
        text += String(repeating: " ", count: Self.alignment - (10 + text.utf8.count + 1) % Self.alignment) + "\n"
        let length = UInt16(text.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(text.utf8)
    }

    func forEachPart(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try header.withUnsafeBytes(body)
        // Swift's integers and doubles are stored little-endian on every platform it runs on
        // (x86-64, ARM64), so the elements go out as they lie in memory.
        switch elements {
        case .int32(let values): try values.withUnsafeBytes(body)
        case .int64(let values): try values.withUnsafeBytes(body)
        case .float64(let values): try values.withUnsafeBytes(body)
        case .bytes(let value): try value.withUnsafeBytes(body)
        }
    }

    /// `numpy.lib.format.GROWTH_AXIS_MAX_DIGITS` and `ARRAY_ALIGN`.
    private static let growthDigits = 21
    private static let alignment = 64
}
