/// The thin QR decomposition A = Q·R of an m×n matrix, with k = min(m, n).
public struct QRDecomposition<Scalar: BLASScalar>: Sendable, Equatable {
    /// Q, m×k, with orthonormal columns.
    public let q: DenseMatrix<Scalar>
    /// R, k×n, upper triangular (zero below the diagonal).
    public let r: DenseMatrix<Scalar>
}

extension DenseMatrix where Scalar: BLASScalar {
    /// The thin QR decomposition (LAPACK `geqrf` for Householder reflectors,
    /// then `orgqr` to form Q from them).
    ///
    /// - Complexity: O(m·n·k) for m×n, k = min(m, n).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func qrDecomposition() -> QRDecomposition<Scalar> {
        let k = Swift.min(rows, columns)
        var r = DenseMatrix(rows: k, columns: columns, repeating: 0)
        guard k > 0 else {
            return QRDecomposition(q: DenseMatrix(rows: rows, columns: 0, repeating: 0), r: r)
        }
        // LAPACK is column-major, and column-major A is row-major Aᵀ.
        var a = transposed().elements
        var tau = [Scalar](repeating: 0, count: k)
        var m = Int32(rows), n = Int32(columns), lda = m
        checkArguments(
            withOptimalWorkspace("geqrf") { work, lwork in
                var info: Int32 = 0
                Scalar.routines.geqrf(&m, &n, &a, &lda, &tau, work, lwork, &info)
                return info
            }, "geqrf")
        // R is on and above the diagonal of the first k rows.
        for j in 0..<columns {
            for i in 0...Swift.min(j, k - 1) { r[i, j] = a[j * rows + i] }
        }
        // Q's k columns overwrite the first k columns of a.
        var qColumns = Int32(k), reflectors = Int32(k)
        checkArguments(
            withOptimalWorkspace("orgqr") { work, lwork in
                var info: Int32 = 0
                Scalar.routines.orgqr(&m, &qColumns, &reflectors, &a, &lda, tau, work, lwork, &info)
                return info
            }, "orgqr")
        let qTransposed = DenseMatrix(rows: k, columns: rows, elements: Array(a[..<(rows * k)]))
        return QRDecomposition(q: qTransposed.transposed(), r: r)
    }
}
