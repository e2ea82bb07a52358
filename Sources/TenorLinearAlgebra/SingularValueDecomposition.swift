/// The thin singular value decomposition A = U·diag(S)·Vᵀ of an m×n matrix,
/// with k = min(m, n).
public struct SingularValueDecomposition<Scalar: BLASScalar>: Sendable, Equatable {
    /// U, m×k, with orthonormal columns: the left singular vectors.
    public let u: DenseMatrix<Scalar>
    /// S, the k singular values, non-negative and in decreasing order.
    public let singularValues: [Scalar]
    /// Vᵀ, k×n, with orthonormal rows: the right singular vectors.
    public let vt: DenseMatrix<Scalar>
}

extension DenseMatrix where Scalar: BLASScalar {
    /// The thin singular value decomposition (LAPACK `gesdd`, divide and conquer).
    ///
    /// - Throws: ``LinearAlgebraError/nonFiniteEntries(operation:)`` if an element
    ///   is NaN or infinite, ``LinearAlgebraError/noConvergence(operation:info:)``
    ///   if LAPACK does not converge.
    /// - Complexity: O(m·n·k) for m×n, k = min(m, n).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func singularValueDecomposition() throws(LinearAlgebraError)
        -> SingularValueDecomposition<Scalar>
    {
        guard elements.allSatisfy(\.isFinite) else { throw .nonFiniteEntries(operation: "gesdd") }
        let k = Swift.min(rows, columns)
        var s = [Scalar](repeating: 0, count: k)
        var u = [Scalar](repeating: 0, count: rows * k)
        var vt = [Scalar](repeating: 0, count: k * columns)
        if k > 0 {
            // LAPACK is column-major, so it reads these row-major elements as Aᵀ (n×m).
            // Factoring Aᵀ = U′·S·V′ᵀ gives A = V′·S·U′ᵀ, and its column-major outputs
            // U′ (n×k) and V′ᵀ (k×m), read back row-major, are exactly Vᵀ and U.
            var a = elements
            var m = Int32(columns), n = Int32(rows), lda = m, ldu = m, ldvt = Int32(k)
            var iwork = [Int32](repeating: 0, count: 8 * k)
            let info: Int32 = withOptimalWorkspace("gesdd") { work, lwork in
                var info: Int32 = 0
                Scalar.routines.gesdd(
                    "S", &m, &n, &a, &lda, &s, &vt, &ldu, &u, &ldvt, work, lwork, &iwork, &info, 1)
                return info
            }
            guard info == 0 else { throw .noConvergence(operation: "gesdd", info: Int(info)) }
        }
        return SingularValueDecomposition(
            u: DenseMatrix(rows: rows, columns: k, elements: u),
            singularValues: s,
            vt: DenseMatrix(rows: k, columns: columns, elements: vt))
    }
}
