extension TermMatrix {
    /// Writes the matrix as `scipy.sparse.save_npz(file, matrix, compressed=False)` writes a CSR
    /// matrix: an uncompressed ZIP of `indices.npy`, `indptr.npy`, `format.npy` (`b'csr'`),
    /// `shape.npy` (int64 rows, columns) and `data.npy` (float64), in that order, so
    /// `scipy.sparse.load_npz` reads it. Indices and row pointers are int32 when the number of
    /// entries and of columns fit in one (as scipy chooses), int64 otherwise.
    public func writeNPZ(to sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        try writeNPZ(to: sink, wideIndices: Self.needsWideIndices(entries: values.values.count, columns: columns))
    }

    /// ``writeNPZ(to:)`` with int64 (`wideIndices`) or int32 indices and row pointers.
    func writeNPZ(to sink: (UnsafeRawBufferPointer) throws -> Void, wideIndices: Bool) rethrows {
        let indices: NumpyArray.Elements = wideIndices
            ? .int64(values.columnIndices.map(Int64.init)) : .int32(values.columnIndices)
        let pointers: NumpyArray.Elements = wideIndices
            ? .int64(values.rowOffsets.map(Int64.init)) : .int32(values.rowOffsets.map { Int32(truncatingIfNeeded: $0) })
        try StoredZip.write([
            NumpyArray(name: "indices.npy", elements: indices),
            NumpyArray(name: "indptr.npy", elements: pointers),
            NumpyArray(name: "format.npy", elements: .bytes(Array("csr".utf8))),
            NumpyArray(name: "shape.npy", elements: .int64([Int64(rows), Int64(columns)])),
            NumpyArray(name: "data.npy", elements: .float64(values.values)),
        ], to: sink)
    }

    /// scipy stores indices and row pointers as int64 unless both the entries and the columns
    /// fit in an int32.
    static func needsWideIndices(entries: Int, columns: Int) -> Bool {
        max(entries, columns) > Int(Int32.max)
    }
}
