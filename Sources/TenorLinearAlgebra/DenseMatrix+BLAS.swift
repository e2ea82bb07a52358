internal import CBLAS

/// Writes alpha·op(A)·op(B) + beta·C into the block of `c` whose top-left
/// corner is `origin` (BLAS `gemm`), where op(X) is X or Xᵀ.
///
/// The block has the shape of the product, so a large result can be filled
/// one block at a time without allocating:
///
///     for start in stride(from: 0, to: x.rows, by: 512) {
///         let block = x[rows: start..<min(start + 512, x.rows)]
///         gemm(block, x, transposeB: true, into: &similarities, at: (start, 0))
///     }
///
/// With `beta` = 0 the block's previous contents are ignored (even NaN).
///
/// - Precondition: op(A)'s columns equal op(B)'s rows, and the block fits in `c`.
/// - Complexity: O(m·n·k) for an m×k op(A) and k×n op(B).
public func gemm<Scalar: BLASScalar>(
    _ a: DenseMatrix<Scalar>, _ b: DenseMatrix<Scalar>,
    transposeA: Bool = false, transposeB: Bool = false,
    alpha: Scalar = 1, beta: Scalar = 0,
    into c: inout DenseMatrix<Scalar>, at origin: (row: Int, column: Int) = (0, 0)
) {
    let (m, k) = transposeA ? (a.columns, a.rows) : (a.rows, a.columns)
    let (kB, n) = transposeB ? (b.columns, b.rows) : (b.rows, b.columns)
    require(
        k == kB,
        "gemm: \(transposeA ? "Aᵀ" : "A") is \(m)×\(k) but \(transposeB ? "Bᵀ" : "B") is \(kB)×\(n); inner dimensions must match")
    require(
        origin.row >= 0 && origin.column >= 0
            && origin.row + m <= c.rows && origin.column + n <= c.columns,
        "gemm: the \(m)×\(n) product at (\(origin.row), \(origin.column)) does not fit in C, which is \(c.rows)×\(c.columns)")
    guard m > 0 && n > 0 else { return }
    let offset = origin.row * c.columns + origin.column, ldc = Int32(c.columns)
    c.elements.withUnsafeMutableBufferPointer { output in
        Scalar.routines.gemm(
            CblasRowMajor, .init(transposeA), .init(transposeB), Int32(m), Int32(n), Int32(k),
            alpha, a.elements, Int32(max(1, a.columns)), b.elements, Int32(max(1, b.columns)),
            beta, output.baseAddress! + offset, ldc)
    }
}

extension DenseMatrix where Scalar: BLASScalar {
    /// alpha·op(A)·op(B), where A is `self` and op(X) is X or Xᵀ (BLAS `gemm`).
    ///
    /// - Precondition: op(A)'s columns equal op(B)'s rows.
    /// - Complexity: O(m·n·k) for an m×k op(A) and k×n op(B).
    public func multiplied(
        by b: DenseMatrix, transposeA: Bool = false, transposeB: Bool = false, alpha: Scalar = 1
    ) -> DenseMatrix {
        var product = DenseMatrix(
            rows: transposeA ? columns : rows, columns: transposeB ? b.rows : b.columns, repeating: 0)
        gemm(self, b, transposeA: transposeA, transposeB: transposeB, alpha: alpha, into: &product)
        return product
    }

    /// The matrix product A·B (BLAS `gemm`).
    ///
    /// - Precondition: A's columns equal B's rows.
    public static func * (a: DenseMatrix, b: DenseMatrix) -> DenseMatrix {
        a.multiplied(by: b)
    }

    /// alpha·op(A)·x, where A is `self` and op(A) is A or Aᵀ (BLAS `gemv`).
    ///
    /// - Precondition: `x` has as many elements as op(A) has columns.
    /// - Complexity: O(rows × columns).
    public func multiplied(by x: [Scalar], transposeA: Bool = false, alpha: Scalar = 1) -> [Scalar] {
        let (m, n) = transposeA ? (columns, rows) : (rows, columns)
        require(
            x.count == n,
            "gemv: \(transposeA ? "Aᵀ" : "A") is \(m)×\(n) but x has \(x.count) elements")
        var y = [Scalar](repeating: 0, count: m)
        Scalar.routines.gemv(
            CblasRowMajor, .init(transposeA), Int32(rows), Int32(columns),
            alpha, elements, Int32(max(1, columns)), x, 1, 0, &y, 1)
        return y
    }

    /// The Gram matrix A·Aᵀ: the inner products of every pair of rows
    /// (BLAS `syrk`, mirrored into a full symmetric matrix).
    ///
    /// - Complexity: O(rows² × columns), about half the work of the general product.
    public func gramMatrix() -> DenseMatrix {
        var gram = DenseMatrix(rows: rows, columns: rows, repeating: 0)
        Scalar.routines.syrk(
            CblasRowMajor, CblasUpper, CblasNoTrans, Int32(rows), Int32(columns),
            1, elements, Int32(max(1, columns)), 0, &gram.elements, Int32(max(1, rows)))
        for i in 0..<rows {
            for j in 0..<i { gram.elements[i * rows + j] = gram.elements[j * rows + i] }
        }
        return gram
    }
}

extension CBLAS_TRANSPOSE {
    fileprivate init(_ transpose: Bool) {
        self = transpose ? CblasTrans : CblasNoTrans
    }
}
