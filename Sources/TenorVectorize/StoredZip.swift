/// A file inside a ``StoredZip``: its name and its bytes, handed over in parts.
protocol StoredZipMember {
    var name: String { get }
    /// Calls `body` with each part of the member's bytes, in order.
    func forEachPart(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows
}

/// A ZIP archive of stored (uncompressed) members, laid out as Python's `zipfile` lays out
/// `numpy.savez` archives: each local header carries its sizes in a ZIP64 extra field (numpy
/// forces ZIP64), dates are 1980-01-01, files are Unix mode 0600.
///
/// The central directory and its end record are ZIP64 too, whatever the sizes, so the one
/// layout is written and tested for archives of any size (Python's `zipfile` switches to it only
/// past 4 GiB; every ZIP64 reader takes both).
///
/// With every member's size known, where each member's bytes go is known before any is
/// written; only the headers wait for the checksums. So a member can be written in parts, at
/// its offsets, in any order (``PendingTermMatrix/writeNPZ(reserving:at:)``), and the headers
/// last.
struct StoredZip {
    let names: [[UInt8]]
    let sizes: [UInt64]
    /// Where each member's local header starts.
    let headerOffsets: [UInt64]
    /// Where the central directory starts: just past the last member.
    let directoryOffset: UInt64

    init(members: [(name: String, size: Int)]) {
        names = members.map { Array($0.name.utf8) }
        sizes = members.map { UInt64($0.size) }
        var offset: UInt64 = 0
        var offsets: [UInt64] = []
        for (name, size) in zip(names, sizes) {
            offsets.append(offset)
            offset += UInt64(Self.localHeaderLength(name)) + size
        }
        headerOffsets = offsets
        directoryOffset = offset
    }

    /// The archive's size: its members, the central directory and the end records.
    var byteCount: Int { Int(directoryOffset) + directory(crcs: sizes.map { _ in 0 }).count }

    /// Where member `member`'s bytes start.
    func dataOffset(of member: Int) -> UInt64 {
        headerOffsets[member] + UInt64(Self.localHeaderLength(names[member]))
    }

    /// Member `member`'s local header, which goes at ``headerOffsets``.
    func localHeader(_ member: Int, crc: UInt32) -> [UInt8] {
        var local = Record(signature: 0x0403_4B50)
        local.common(crc: crc, nameLength: names[member].count, extraLength: 20)
        local.bytes += names[member]
        local.zip64Extra([sizes[member], sizes[member]])
        return local.bytes
    }

    /// The central directory and the end records, which go at ``directoryOffset`` and end the
    /// archive.
    func directory(crcs: [UInt32]) -> [UInt8] {
        var directory: [UInt8] = []
        for member in names.indices {
            directory += Record.central(crc: crcs[member], name: names[member],
                                        fields: [sizes[member], sizes[member], headerOffsets[member]])
        }
        return directory + Record.end(entries: names.count, directorySize: UInt64(directory.count),
                                      directoryOffset: directoryOffset, end64Offset: directoryOffset + UInt64(directory.count))
    }

    /// Writes `members` to a stream, front to back: each member's CRC is computed in a pass of
    /// its own before the member is written, so the stream never seeks back.
    static func write(
        _ members: [any StoredZipMember], to sink: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows {
        var crcs: [UInt32] = []
        var sizes: [Int] = []
        for member in members {
            var crc = CRC32()
            var size = 0
            member.forEachPart { part in
                crc.update(part)
                size += part.count
            }
            crcs.append(crc.value)
            sizes.append(size)
        }
        let zip = StoredZip(members: zip(members.map(\.name), sizes).map { ($0, $1) })
        for (index, member) in members.enumerated() {
            try zip.localHeader(index, crc: crcs[index]).withUnsafeBytes(sink)
            try member.forEachPart(sink)
        }
        try zip.directory(crcs: crcs).withUnsafeBytes(sink)
    }

    /// Signature to extra field: 30 bytes, the name, the ZIP64 field with both sizes (20).
    private static func localHeaderLength(_ name: [UInt8]) -> Int { 30 + name.count + 20 }

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
