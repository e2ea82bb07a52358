import Testing
import TenorText
@testable import TenorVectorize

/// The bytes of `matrix.npz` for a 2 × 3 count matrix, every expectation worked out by hand from
/// the ZIP specification (APPNOTE 6.3) and numpy's `.npy` format 1.0.
@Suite struct NPZTests {
    /// Columns alpha, beta, gamma; row 0: alpha 1, gamma 2; row 1: beta 3, gamma 1.
    static let archive: [UInt8] = {
        let document = Document(name: "t", text: Array("alpha gamma gamma\n\ngamma beta beta beta".utf8))
        let matrix = try! Vectorizer(options: VectorizerOptions(weighting: .counts)).fitTransform([document]).matrix
        var bytes: [UInt8] = []
        matrix.writeNPZ { bytes += $0 }
        return bytes
    }()

    static func integer(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    static func field(_ offset: Int, _ size: Int) -> UInt64 {
        integer(archive[offset..<offset + size])
    }

    /// Header text: the dict, room for the first axis to grow to 21 digits, spaces to make the
    /// preamble (10 bytes) plus header a multiple of 64 (here 128), a newline.
    static func npyHeader(_ dict: String) -> [UInt8] {
        let text = dict + String(repeating: " ", count: 128 - 10 - 1 - dict.utf8.count) + "\n"
        return [0x93] + Array("NUMPY".utf8) + [1, 0, 118, 0] + Array(text.utf8)
    }

    // name, local header offset, data size (128-byte npy header + elements), payload.
    static let members: [(name: String, offset: Int, size: Int, header: [UInt8], payload: [UInt8])] = [
        ("indices.npy", 0, 128 + 16, npyHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (4,), }" + String(repeating: " ", count: 20)),
         [0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0]),
        // 30 + 11 (name) + 20 (ZIP64 extra) + 144 = 205
        ("indptr.npy", 205, 128 + 12, npyHeader("{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }" + String(repeating: " ", count: 20)),
         [0, 0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0]),
        // 205 + 60 + 140 = 405
        ("format.npy", 405, 128 + 3, npyHeader("{'descr': '|S3', 'fortran_order': False, 'shape': (), }"), Array("csr".utf8)),
        // 405 + 60 + 131 = 596
        ("shape.npy", 596, 128 + 16, npyHeader("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }" + String(repeating: " ", count: 20)),
         [2, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]),
        // 596 + 59 + 144 = 799; doubles 1, 2, 3, 1 (IEEE 754: 0x3FF0…, 0x4000…, 0x4008…, 0x3FF0…)
        ("data.npy", 799, 128 + 32, npyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }" + String(repeating: " ", count: 20)),
         [0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0x08, 0x40, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F]),
    ]
    // 799 + 58 + 160
    static let directoryOffset = 1017
    // Entries of 46 + name + 28 (ZIP64 extra with sizes and offset): 85 + 84 + 84 + 83 + 82.
    static let directorySize = 418

    @Test func localHeadersAndArrays() {
        for member in Self.members {
            let at = member.offset
            #expect(Self.field(at, 4) == 0x0403_4B50, "\(member.name): local header signature")
            #expect(Self.field(at + 4, 2) == 45, "version needed: 4.5, ZIP64")
            #expect(Self.field(at + 6, 4) == 0, "no flags, stored")
            #expect(Self.field(at + 10, 4) == 0x0021_0000, "00:00, 1980-01-01")
            #expect(Self.field(at + 18, 8) == 0xFFFF_FFFF_FFFF_FFFF, "sizes in the ZIP64 field")
            #expect(Self.field(at + 26, 2) == UInt64(member.name.utf8.count))
            #expect(Self.field(at + 28, 2) == 20)
            #expect(Array(Self.archive[at + 30..<at + 30 + member.name.utf8.count]) == Array(member.name.utf8))
            let extra = at + 30 + member.name.utf8.count
            #expect(Self.field(extra, 4) == 0x0010_0001, "ZIP64 field: ID 1, 16 bytes")
            #expect(Self.field(extra + 4, 8) == UInt64(member.size))
            #expect(Self.field(extra + 12, 8) == UInt64(member.size))
            let data = Array(Self.archive[extra + 20..<extra + 20 + member.size])
            #expect(Array(data.prefix(128)) == member.header, "\(member.name): npy header")
            #expect(Array(data.dropFirst(128)) == member.payload, "\(member.name): elements")
            var crc = CRC32()
            data.withUnsafeBytes { crc.update($0) }
            #expect(Self.field(at + 14, 4) == UInt64(crc.value))
        }
    }

    @Test func checksums() {
        // The standard check value of CRC-32/ISO-HDLC, and format.npy's CRC in the archive
        // scipy.sparse.save_npz(compressed=False) wrote with numpy 2.4.6 (same 131 bytes).
        var check = CRC32()
        Array("123456789".utf8).withUnsafeBytes { check.update($0) }
        #expect(check.value == 0xCBF4_3926)
        #expect(Self.field(405 + 14, 4) == 0x9774_C3A3)
    }

    /// A buffer long enough to be checked in parallel parts gets the checksum of the same bytes
    /// fed in short pieces, one after another; and joining the checksums of any split of a
    /// buffer gives the whole buffer's.
    @Test func checksumsInParts() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(3 * CRC32.parallelLength + 12_345)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var whole = CRC32()
        var pieces = CRC32()
        bytes.withUnsafeBytes { buffer in
            whole.update(buffer)
            for start in stride(from: 0, to: buffer.count, by: 4093) {
                pieces.update(UnsafeRawBufferPointer(rebasing: buffer[start..<min(start + 4093, buffer.count)]))
            }
        }
        #expect(whole.value == pieces.value)
        let sample = Array(bytes.prefix(1000))
        for split in [0, 1, 7, 8, 9, 500, 999, 1000] {
            var (first, second) = (CRC32(), CRC32())
            sample.withUnsafeBytes { buffer in
                first.update(UnsafeRawBufferPointer(rebasing: buffer[..<split]))
                second.update(UnsafeRawBufferPointer(rebasing: buffer[split...]))
            }
            var all = CRC32()
            sample.withUnsafeBytes { all.update($0) }
            #expect(CRC32.joined(first.value, second.value, secondLength: 1000 - split) == all.value, "split at \(split)")
        }
    }

    @Test func centralDirectory() {
        var at = Self.directoryOffset
        for member in Self.members {
            #expect(Self.field(at, 4) == 0x0201_4B50, "\(member.name): central header signature")
            #expect(Self.field(at + 4, 2) == 0x032D, "made by Unix, zip 4.5")
            #expect(Self.field(at + 16, 4) == Self.field(member.offset + 14, 4), "same CRC as the local header")
            #expect(Self.field(at + 20, 8) == 0xFFFF_FFFF_FFFF_FFFF)
            #expect(Self.field(at + 30, 2) == 28, "ZIP64 field: sizes and offset")
            #expect(Self.field(at + 38, 4) == 0o600 << 16, "mode 0600")
            #expect(Self.field(at + 42, 4) == 0xFFFF_FFFF, "offset in the ZIP64 field")
            let extra = at + 46 + member.name.utf8.count
            #expect(Self.field(extra, 4) == 0x0018_0001)
            #expect(Self.field(extra + 4, 8) == UInt64(member.size))
            #expect(Self.field(extra + 12, 8) == UInt64(member.size))
            #expect(Self.field(extra + 20, 8) == UInt64(member.offset))
            at = extra + 28
        }
        #expect(at == Self.directoryOffset + Self.directorySize)
    }

    @Test func endRecords() {
        let end64 = Self.directoryOffset + Self.directorySize
        #expect(Self.field(end64, 4) == 0x0606_4B50)
        #expect(Self.field(end64 + 4, 8) == 44)
        #expect(Self.field(end64 + 24, 8) == 5)
        #expect(Self.field(end64 + 32, 8) == 5)
        #expect(Self.field(end64 + 40, 8) == UInt64(Self.directorySize))
        #expect(Self.field(end64 + 48, 8) == UInt64(Self.directoryOffset))
        let locator = end64 + 56
        #expect(Self.field(locator, 4) == 0x0706_4B50)
        #expect(Self.field(locator + 8, 8) == UInt64(end64))
        #expect(Self.field(locator + 16, 4) == 1)
        let end = locator + 20
        #expect(Self.field(end, 4) == 0x0605_4B50)
        #expect(Self.field(end + 8, 4) == 0x0005_0005, "5 entries")
        #expect(Self.field(end + 12, 8) == 0xFFFF_FFFF_FFFF_FFFF, "size and offset in the ZIP64 record")
        #expect(Self.archive.count == end + 22)
    }
}

/// The checksums libdeflate computes are the tables'; and the tests' machine has libdeflate
/// (`Scripts/install-dependencies`), so the fast path is the one the other tests check.
@Suite struct LibdeflateCRCTests {
    @Test func sameChecksumsAsTheTables() throws {
        let libdeflate = try #require(LibdeflateCRC.function, "libdeflate.so.0 is missing: run Scripts/install-dependencies")
        var generator = SplitMix(seed: 11)
        let bytes = (0..<70_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        bytes.withUnsafeBytes { buffer in
            for length in [0, 1, 15, 16, 17, 255, 4096, 70_000] {
                let part = UnsafeRawBufferPointer(rebasing: buffer[..<length])
                for start: UInt32 in [0, 0xCBF4_3926, UInt32(truncatingIfNeeded: generator.next())] {
                    #expect(libdeflate(start, part.baseAddress, part.count) == CRC32.extendedByTables(start, with: part),
                            "\(length) bytes after \(start)")
                }
            }
        }
        let check = Array("123456789".utf8).withUnsafeBytes { CRC32.extendedByTables(0, with: $0) }
        #expect(check == 0xCBF4_3926)
    }
}
