import TenorSupport

/// The CRC-32 of ZIP archives (ISO 3309, reflected polynomial 0xEDB88320): by libdeflate where
/// the system has it (``LibdeflateCRC``), otherwise sixteen bytes at a time from sixteen tables
/// ("slicing-by-16", 16 KiB of tables, which stay in the first-level cache): each byte one
/// look-up, with no dependence between the sixteen. A large buffer (a matrix's arrays, tens of
/// megabytes, checked before the archive's header can be written) is checked in parts on every
/// core at once and the parts' checksums joined, so the check costs a fraction of writing the
/// bytes.
struct CRC32 {
    private(set) var value: UInt32 = 0

    /// Buffers at least this long are checked in parallel parts.
    static let parallelLength = 1 << 20

    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let parts = bytes.count < Self.parallelLength ? 1 : availableWorkers
        guard parts > 1 else {
            value = Self.extended(value, with: bytes)
            return
        }
        let shared = SharedBytes(bytes: bytes)
        let ranges = (0..<parts).map { part in bytes.count * part / parts..<bytes.count * (part + 1) / parts }
        let checksums = parallelMap(parts) { part in
            Self.extended(0, with: UnsafeRawBufferPointer(rebasing: shared.bytes[ranges[part]]))
        }
        for (checksum, range) in zip(checksums, ranges) {
            value = Self.joined(value, checksum, secondLength: range.count)
        }
    }

    /// The checksum of bytes A followed by bytes B, from A's checksum, B's and B's length.
    ///
    /// The register after B starting from A's state differs from B's own checksum by A's state
    /// carried through len(B) zero bytes (CRC is linear, and the initial and final inversions
    /// cancel), which is A's checksum times x^(8 len(B)) modulo the polynomial.
    static func joined(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
        product(power(ofXTimes8: secondLength), first) ^ second
    }

    /// The checksum of the bytes `checksum` covers followed by `bytes` (the register holds the
    /// checksum inverted).
    private static func extended(_ checksum: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
        if let libdeflate = LibdeflateCRC.function { return libdeflate(checksum, bytes.baseAddress, bytes.count) }
        return extendedByTables(checksum, with: bytes)
    }

    /// ``extended(_:with:)`` by the tables.
    static func extendedByTables(_ checksum: UInt32, with bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = ~checksum
        var position = 0
        let count = bytes.count
        tables.withUnsafeBufferPointer { table in
            while position + 16 <= count {
                let first = bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian ^ crc
                var next = table[15 * 256 + Int(first & 0xFF)] ^ table[14 * 256 + Int((first >> 8) & 0xFF)]
                    ^ table[13 * 256 + Int((first >> 16) & 0xFF)] ^ table[12 * 256 + Int(first >> 24)]
                for word in 1..<4 {
                    let value = bytes.loadUnaligned(fromByteOffset: position + 4 * word, as: UInt32.self).littleEndian
                    let base = (3 - word) * 4 * 256
                    next ^= table[base + 3 * 256 + Int(value & 0xFF)] ^ table[base + 2 * 256 + Int((value >> 8) & 0xFF)]
                        ^ table[base + 256 + Int((value >> 16) & 0xFF)] ^ table[base + Int(value >> 24)]
                }
                crc = next
                position += 16
            }
            while position < count {
                crc = table[Int((crc ^ UInt32(bytes[position])) & 0xFF)] ^ (crc >> 8)
                position += 1
            }
        }
        return ~crc
    }

    /// The product of two polynomials modulo the CRC polynomial, both in the reflected layout
    /// the register uses (bit 31 holds the coefficient of x^0, bit 0 that of x^31).
    private static func product(_ a: UInt32, _ b: UInt32) -> UInt32 {
        var (result, multiple) = (UInt32(0), b)
        for degree in 0..<32 {
            if a & (0x8000_0000 >> UInt32(degree)) != 0 { result ^= multiple }
            // multiple × x: one step right; a coefficient leaving x^31 becomes x^32 ≡ the rest of P.
            multiple = multiple & 1 == 1 ? (multiple >> 1) ^ 0xEDB8_8320 : multiple >> 1
        }
        return result
    }

    /// x^(8 n) modulo the polynomial, from the squares x^(2^k).
    private static func power(ofXTimes8 n: Int) -> UInt32 {
        var (result, exponent, k) = (UInt32(0x8000_0000), UInt64(n) << 3, 0)
        while exponent != 0 {
            if exponent & 1 == 1 { result = product(result, squares[k]) }
            exponent >>= 1
            k += 1
        }
        return result
    }

    /// x^(2^k) modulo the polynomial for k = 0…63: x, then each the square of the one before.
    private static let squares: [UInt32] = (1..<64).reduce(into: [0x4000_0000]) { squares, _ in
        squares.append(product(squares.last!, squares.last!))
    }

    /// Table k maps a byte to its CRC after k further zero bytes; table 0 is the classic one.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 16 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[byte] = crc
        }
        for k in 1..<16 {
            for byte in 0..<256 {
                let previous = tables[(k - 1) * 256 + byte]
                tables[k * 256 + byte] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return tables
    }()
}

/// Bytes that several threads read at once and nothing writes meanwhile.
private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
}
