import TenorMatrix

/// Reads a CSR matrix from an `.npz` archive as `tenor vectorize --format npz` or
/// `scipy.sparse.save_npz(file, matrix, compressed=False)` writes it: a ZIP (ZIP64 or not) of
/// stored members `indices.npy`, `indptr.npy`, `format.npy` (`b'csr'`), `shape.npy` and
/// `data.npy`, each a one-dimensional little-endian array.
///
/// Written here rather than taken from a library: no Swift package reads npz, and only the
/// stored layout that the writers above produce is needed (a compressed archive is refused
/// with what to do). Everything is checked, so a damaged file is an error, never a crash.
public enum NPZMatrixReader {
    /// Why an archive cannot be read as a CSR matrix; the caller names the file.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The matrix in `bytes`, with every value and index checked.
    public static func matrix(_ bytes: [UInt8]) throws(Problem) -> SparseMatrix<Double> {
        let members = try storedMembers(bytes)
        func array(_ name: String) throws(Problem) -> Array1D {
            guard let range = members[name] else { throw Problem("has no \(name): not a scipy sparse matrix archive") }
            return try Array1D(bytes[range], name: name)
        }
        let format = try array("format.npy")
        guard format.text == "csr" else {
            throw Problem("holds a '\(format.text ?? format.type)' matrix: only CSR (scipy.sparse.csr_matrix) is read")
        }
        let shape = try array("shape.npy").integers()
        guard shape.count == 2, shape[0] >= 0, shape[1] >= 0, shape[1] <= Int(Int32.max) else {
            throw Problem("has a shape.npy that is not two sizes a CSR matrix can have")
        }
        let (rows, columns) = (shape[0], shape[1])
        let offsets = try array("indptr.npy").integers()
        let indices = try array("indices.npy").integers()
        let values = try array("data.npy").doubles()
        guard offsets.count == rows + 1, offsets.first == 0, offsets.last == values.count, indices.count == values.count else {
            throw Problem("has indptr, indices and data of lengths that do not fit a \(rows)×\(columns) matrix")
        }
        for row in 0..<rows {
            guard offsets[row] <= offsets[row + 1] else { throw Problem("has row pointers that decrease at row \(row + 1)") }
            var previous = -1
            for entry in offsets[row]..<offsets[row + 1] {
                guard indices[entry] > previous, indices[entry] < columns else {
                    throw Problem("row \(row + 1) has a column out of order or outside the \(columns) columns (call sort_indices() before saving)")
                }
                guard values[entry].isFinite else { throw Problem("row \(row + 1) holds a value that is not a finite number") }
                previous = indices[entry]
            }
        }
        return SparseMatrix(builtValid: rows, columns: columns, rowOffsets: offsets,
                            columnIndices: indices.map { Int32($0) }, values: values)
    }

    /// Each member's name and where its bytes lie, from the central directory.
    static func storedMembers(_ bytes: [UInt8]) throws(Problem) -> [String: Range<Int>] {
        let notZip = Problem("is not a ZIP archive (an .npz file): write it with tenor vectorize --format npz")
        guard bytes.count >= 22, let end = (0...(bytes.count - 22)).reversed().first(where: { bytes.uint(at: $0, 4) == 0x0605_4B50 }) else {
            throw notZip
        }
        var entries = bytes.uint(at: end + 10, 2), directory = bytes.uint(at: end + 16, 4)
        if directory == 0xFFFF_FFFF || entries == 0xFFFF {
            // ZIP64: the locator just before the end record points to the ZIP64 end record.
            guard end >= 20, bytes.uint(at: end - 20, 4) == 0x0706_4B50 else { throw notZip }
            let end64 = bytes.uint(at: end - 12, 8)
            guard end64 <= bytes.count - 56, bytes.uint(at: end64, 4) == 0x0606_4B50 else { throw notZip }
            entries = bytes.uint(at: end64 + 32, 8)
            directory = bytes.uint(at: end64 + 48, 8)
        }
        var members: [String: Range<Int>] = [:]
        var position = directory
        for _ in 0..<entries {
            guard position <= bytes.count - 46, bytes.uint(at: position, 4) == 0x0201_4B50 else { throw notZip }
            let (nameLength, extraLength, commentLength) = (bytes.uint(at: position + 28, 2), bytes.uint(at: position + 30, 2), bytes.uint(at: position + 32, 2))
            guard position + 46 + nameLength + extraLength <= bytes.count else { throw notZip }
            let name = String(decoding: bytes[position + 46..<position + 46 + nameLength], as: UTF8.self)
            guard bytes.uint(at: position + 10, 2) == 0 else {
                throw Problem("has \(name) compressed: save it with scipy.sparse.save_npz(..., compressed=False) or tenor vectorize --format npz")
            }
            // Sizes and offset that do not fit 32 bits are in the ZIP64 field, in this order.
            var fields = [bytes.uint(at: position + 24, 4), bytes.uint(at: position + 20, 4), bytes.uint(at: position + 42, 4)]
            var extra = position + 46 + nameLength
            while extra + 4 <= position + 46 + nameLength + extraLength {
                let (id, size) = (bytes.uint(at: extra, 2), bytes.uint(at: extra + 2, 2))
                if id == 1 {
                    var field = extra + 4
                    for index in fields.indices where fields[index] == 0xFFFF_FFFF && field + 8 <= extra + 4 + size {
                        fields[index] = bytes.uint(at: field, 8)
                        field += 8
                    }
                }
                extra += 4 + size
            }
            let (size, local) = (fields[0], fields[2])
            guard local <= bytes.count - 30, bytes.uint(at: local, 4) == 0x0403_4B50 else { throw notZip }
            let start = local + 30 + bytes.uint(at: local + 26, 2) + bytes.uint(at: local + 28, 2)
            guard start <= bytes.count, size <= bytes.count - start else { throw Problem("is cut short: \(name) runs past its end") }
            members[name] = start..<start + size
            position += 46 + nameLength + extraLength + commentLength
        }
        return members
    }

    /// A one-dimensional (or zero-dimensional) `.npy` array: its type string and elements.
    struct Array1D {
        let type: String
        let count: Int
        let elements: ArraySlice<UInt8>
        let name: String

        init(_ bytes: ArraySlice<UInt8>, name: String) throws(Problem) {
            self.name = name
            let bad = Problem("has a \(name) that is not a one-dimensional .npy array")
            let start = bytes.startIndex
            guard bytes.count >= 10, bytes[start] == 0x93, bytes[start + 1..<start + 6].elementsEqual("NUMPY".utf8) else { throw bad }
            let wide = bytes[start + 6] >= 2
            let headerStart = start + (wide ? 12 : 10)
            guard bytes.count >= headerStart - start else { throw bad }
            let headerLength = bytes.uint(at: 8, wide ? 4 : 2)
            guard headerLength <= bytes.endIndex - headerStart else { throw bad }
            let header = String(decoding: bytes[headerStart..<headerStart + headerLength], as: UTF8.self)
            guard let type = Self.value(of: "descr", in: header, from: "'", to: "'"),
                  let shape = Self.value(of: "shape", in: header, from: "(", to: ")"),
                  !header.contains("'fortran_order': True") else { throw bad }
            let sizes = shape.split(separator: ",").map { $0.filter { $0 != " " } }.filter { !$0.isEmpty }
            guard sizes.count <= 1, let count = sizes.isEmpty ? 1 : Int(sizes[0]) else { throw bad }
            self.type = type
            self.count = count
            elements = bytes[(headerStart + headerLength)...]
        }

        /// The text between `open` and `close` after `'key':` in a header dict.
        private static func value(of key: String, in header: String, from open: Character, to close: Character) -> String? {
            guard let keyRange = header.firstRange(of: "'\(key)':"),
                  let opening = header[keyRange.upperBound...].firstIndex(of: open),
                  let closing = header[header.index(after: opening)...].firstIndex(of: close) else { return nil }
            return String(header[header.index(after: opening)..<closing])
        }

        /// The size of one element, checked against the bytes present.
        private func width(_ widths: [String: Int]) throws(Problem) -> Int {
            guard let width = widths[type] else { throw Problem("has a \(name) of type \(type), not one a CSR matrix holds") }
            guard count <= elements.count / width else { throw Problem("is cut short: \(name) has fewer elements than its header says") }
            return width
        }

        func integers() throws(Problem) -> [Int] {
            switch try width(["<i4": 4, "<i8": 8]) {
            case 4: return load(Int32.self).map(Int.init)
            default: return load(Int64.self).map { Int(truncatingIfNeeded: $0) }
            }
        }

        func doubles() throws(Problem) -> [Double] {
            switch try width(["<f8": 8, "<f4": 4]) {
            case 4: return load(Float.self).map(Double.init)
            default: return load(Double.self)
            }
        }

        /// The elements as `T` (little-endian, as on every platform Swift runs on).
        private func load<T>(_: T.Type) -> [T] {
            elements.withUnsafeBytes { raw in
                (0..<count).map { raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self) }
            }
        }

        /// A byte string's text (`format.npy`), or nil for another type.
        var text: String? {
            guard let length = Int(type.dropFirst(2)), type.hasPrefix("|S"), length <= elements.count else { return nil }
            return String(decoding: elements.prefix(length).prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}

private extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The little-endian unsigned integer of `width` bytes at `offset` from the start, as an Int
    /// (bit pattern for 8 bytes); 0 where the bytes run out, which the callers' bounds checks
    /// then refuse.
    func uint(at offset: Int, _ width: Int) -> Int {
        guard offset >= 0, offset <= count - width else { return 0 }
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(self[startIndex + offset + index]) }
        return Int(truncatingIfNeeded: value)
    }
}
