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

    /// numpy's type string, and the first axis' length (nil: zero-dimensional).
    private var description: (type: String, length: Int?) {
        switch elements {
        case .int32(let values): ("<i4", values.count)
        case .int64(let values): ("<i8", values.count)
        case .float64(let values): ("<f8", values.count)
        case .bytes(let value): ("|S\(value.count)", nil)
        }
    }

    /// The magic string, version, header length and padded header.
    var header: [UInt8] { Self.header(type: description.type, length: description.length) }

    /// The header of an array of numpy type `type` (`<i4`) that is one-dimensional with `length`
    /// elements, or zero-dimensional when `length` is nil.
    static func header(type: String, length: Int?) -> [UInt8] {
        var text = "{'descr': '\(type)', 'fortran_order': False, 'shape': \(length.map { "(\($0),)" } ?? "()"), }"
        if let length { text += String(repeating: " ", count: growthDigits - "\(length)".count) }
        // The preamble is 10 bytes (magic 6, version 2, length 2); the newline ends the header.
        text += String(repeating: " ", count: alignment - (10 + text.utf8.count + 1) % alignment) + "\n"
        let headerLength = UInt16(text.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(headerLength & 0xFF), UInt8(headerLength >> 8)] + Array(text.utf8)
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
