/// A file inside a ``StoredZip``: its name and its bytes, handed over in parts.
protocol StoredZipMember {
    var name: String { get }
    /// Calls `body` with each part of the member's bytes, in order.
    func forEachPart(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows
}

/// Writes a ZIP archive of stored (uncompressed) members to a stream, laid out as Python's
/// `zipfile` lays out `numpy.savez` archives: each local header carries its sizes in a ZIP64
/// extra field (numpy forces ZIP64), dates are 1980-01-01, files are Unix mode 0600.
///
/// The central directory and its end record are ZIP64 too, whatever the sizes, so the one
/// layout is written and tested for archives of any size (Python's `zipfile` switches to it only
/// past 4 GiB; every ZIP64 reader takes both).
///
/// The CRC of each member is computed in a pass of its own before the member is written, so the
/// stream never seeks back.
enum StoredZip {
    static func write(
        _ members: [any StoredZipMember], to sink: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var offset: UInt64 = 0
        var directory: [UInt8] = []
        for member in members {
            var crc = CRC32()
            var size: UInt64 = 0
            member.forEachPart { part in
                crc.update(part)
                size += UInt64(part.count)
            }
            let name = Array(member.name.utf8)
            var local = Record(signature: 0x0403_4B50)
            local.common(crc: crc.value, nameLength: name.count, extraLength: 20)
            local.bytes += name
            local.zip64Extra([size, size])
            directory += Record.central(crc: crc.value, name: name, fields: [size, size, offset])
            try local.bytes.withUnsafeBytes(sink)
            offset += UInt64(local.bytes.count)
            try member.forEachPart { part in
                try sink(part)
                offset += UInt64(part.count)
            }
        }
        try directory.withUnsafeBytes(sink)
        let end = Record.end(entries: members.count, directorySize: UInt64(directory.count),
                             directoryOffset: offset, end64Offset: offset + UInt64(directory.count))
        try end.withUnsafeBytes(sink)
    }

    /// Little-endian record bytes.
    private struct Record {
        var bytes: [UInt8] = []

        init(signature: UInt32) { append(signature) }

        mutating func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }

        /// The fields local and central headers share, from "version needed" on: version 4.5
        /// (ZIP64), no flags, stored, time 00:00, date 1980-01-01, the CRC, both sizes in the
        /// ZIP64 extra field, the name's and the extra field's lengths.
        mutating func common(crc: UInt32, nameLength: Int, extraLength: Int) {
            append(UInt16(45)); append(UInt16(0)); append(UInt16(0))
            append(UInt16(0)); append(UInt16(0x21))
            append(crc); append(UInt32.max); append(UInt32.max)
            append(UInt16(nameLength)); append(UInt16(extraLength))
        }

        /// The ZIP64 extended information field (header ID 1) holding `fields`.
        mutating func zip64Extra(_ fields: [UInt64]) {
            append(UInt16(1)); append(UInt16(8 * fields.count))
            for field in fields { append(field) }
        }

        /// A central directory entry: made by Unix, zip 4.5; no comment; disk 0; mode 0600;
        /// sizes and the local header's offset in the ZIP64 field.
        static func central(crc: UInt32, name: [UInt8], fields: [UInt64]) -> [UInt8] {
            var record = Record(signature: 0x0201_4B50)
            record.append(UInt16(0x032D))
            record.common(crc: crc, nameLength: name.count, extraLength: 4 + 8 * fields.count)
            record.append(UInt16(0)); record.append(UInt16(0)); record.append(UInt16(0))
            record.append(UInt32(0o600) << 16); record.append(UInt32.max)
            record.bytes += name
            record.zip64Extra(fields)
            return record.bytes
        }

        /// The ZIP64 end of central directory record, its locator and the classic end record
        /// (whose sizes and offset point to the ZIP64 one).
        static func end(entries: Int, directorySize: UInt64, directoryOffset: UInt64, end64Offset: UInt64) -> [UInt8] {
            var record = Record(signature: 0x0606_4B50)
            record.append(UInt64(44)); record.append(UInt16(45)); record.append(UInt16(45))
            record.append(UInt32(0)); record.append(UInt32(0))
            record.append(UInt64(entries)); record.append(UInt64(entries))
            record.append(directorySize); record.append(directoryOffset)
            record.append(UInt32(0x0706_4B50)); record.append(UInt32(0)); record.append(end64Offset); record.append(UInt32(1))
            record.append(UInt32(0x0605_4B50)); record.append(UInt16(0)); record.append(UInt16(0))
            record.append(UInt16(min(entries, 0xFFFF))); record.append(UInt16(min(entries, 0xFFFF)))
            record.append(UInt32.max); record.append(UInt32.max); record.append(UInt16(0))
            return record.bytes
        }
    }
}
