import TenorMatrix

extension SparseMatrix where Scalar: BLASScalar {
    /// The sparse × dense product A·B: each stored a(i, j) adds a(i, j)·(row j of B)
    /// to row i of the result (BLAS `axpy`).
    ///
    /// - Precondition: A's columns equal B's rows.
    /// - Complexity: O(values.count × B.columns).
    public static func * (a: SparseMatrix, b: DenseMatrix<Scalar>) -> DenseMatrix<Scalar> {
        require(
            a.columns == b.rows,
            "sparse × dense: A is \(a.rows)×\(a.columns) but B is \(b.rows)×\(b.columns); inner dimensions must match")
        var product = DenseMatrix<Scalar>(rows: a.rows, columns: b.columns, repeating: 0)
        let n = b.columns
        guard n > 0 else { return product }
        b.elements.withUnsafeBufferPointer { b in
            product.elements.withUnsafeMutableBufferPointer { product in
                for i in 0..<a.rows {
                    for p in a.rowOffsets[i]..<a.rowOffsets[i + 1] {
                        Scalar.routines.axpy(
                            Int32(n), a.values[p], b.baseAddress! + Int(a.columnIndices[p]) * n, 1,
                            product.baseAddress! + i * n, 1)
                    }
                }
            }
        }
        return product
    }
}
