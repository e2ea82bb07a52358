extension DenseMatrix where Scalar: BLASScalar {
    /// The solution x of A·x = b for this symmetric positive definite matrix A (LAPACK `posv`:
    /// the Cholesky factorization A = L·Lᵀ, then two triangular solves).
    ///
    /// Only the lower triangle (in row-major terms) is read: a symmetric matrix is its own
    /// transpose, so LAPACK's column-major view of it is the same matrix.
    ///
    /// - Throws: ``LinearAlgebraError/nonFiniteEntries(operation:)`` if A or b holds NaN or
    ///   infinity, ``LinearAlgebraError/notPositiveDefinite(operation:info:)`` if the
    ///   factorization meets a non-positive pivot.
    /// - Complexity: O(n³/3) for the factorization, O(n²) for the solves.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func solvingPositiveDefinite(_ b: [Scalar]) throws(LinearAlgebraError) -> [Scalar] {
        require(rows == columns && b.count == rows,
                "solvingPositiveDefinite: a \(rows)×\(columns) matrix and \(b.count) right-hand sides")
        guard elements.allSatisfy(\.isFinite), b.allSatisfy(\.isFinite) else {
            throw .nonFiniteEntries(operation: "posv")
        }
        guard rows > 0 else { return [] }
        var a = elements
        var x = b
        var n = Int32(rows), rightHandSides: Int32 = 1, lda = n, ldb = n, info: Int32 = 0
        // "U": the upper triangle of the column-major view, which is the row-major lower one.
        Scalar.routines.posv("U", &n, &rightHandSides, &a, &lda, &x, &ldb, &info, 1)
        checkArguments(info, "posv")
        guard info == 0 else { throw .notPositiveDefinite(operation: "posv", info: Int(info)) }
        return x
    }
}
