import TenorLinearAlgebra

/// Latent semantic analysis: the leading singular directions of a paragraphs × terms matrix X,
/// found by the randomized range finder of Halko, Martinsson & Tropp (2011, algorithms 4.3 and
/// 5.1), and each paragraph's coordinates along them.
///
/// With l = dimensions + oversampling: Y = X·Ω for a Gaussian terms × l matrix Ω (SplitMix64
/// + Box–Muller, so a seed fixes the result); Q = an orthonormal basis of Y (LAPACK QR); then
/// `powerIterations` times Q ← orth(X·(Xᵀ·Q)), which sharpens the basis towards the leading
/// directions. Re-orthonormalising once per iteration is enough in double precision: one pass
/// of X·Xᵀ widens the spread of the columns by (σ₁/σₗ)², about 10² for TF-IDF, far from
/// double's 10¹⁶. Then B = Qᵀ·X (computed as Bᵀ = Xᵀ·Q) and the small l × l matrix B·Bᵀ = W·Λ·Wᵀ
/// (LAPACK `gesdd`) give σ = √λ, X's left singular vectors Q·W and right ones Bᵀ·W·Σ⁻¹. All
/// products are sparse × dense (one pass over the nonzeros) or BLAS `gemm`.
public struct LatentSemanticAnalysis: Sendable {
    /// Directions kept (at most the matrix's smaller side).
    public let dimensions: Int
    /// Extra random directions sampled beyond `dimensions` and dropped at the end.
    public let oversampling: Int
    public let powerIterations: Int
    public let seed: UInt64

    public init(dimensions: Int, oversampling: Int = 10, powerIterations: Int = 6, seed: UInt64 = 0) {
        self.dimensions = dimensions
        self.oversampling = oversampling
        self.powerIterations = powerIterations
        self.seed = seed
    }

    /// What the analysis finds.
    public struct Embedding: Sendable {
        /// The leading singular values, largest first.
        public let singularValues: [Double]
        /// One row per paragraph: its coordinates U·Σ along the singular directions (what
        /// scikit-learn's `TruncatedSVD.fit_transform` returns, up to each direction's sign).
        public let coordinates: DenseMatrix<Double>
        /// The directions in term space (the right singular vectors V), terms × dimensions.
        public let directions: DenseMatrix<Double>

        /// The coordinates of other rows over the same terms (a query): rows·V, as
        /// `TruncatedSVD.transform` computes them.
        public func coordinates(of rows: SparseMatrix<Double>) -> DenseMatrix<Double> {
            rows.multiplied(by: directions)
        }
    }

    /// The embedding of the rows of `matrix`.
    ///
    /// - Complexity: O((2·powerIterations + 2)·nonzeros·l + (rows + columns)·l²) for
    ///   l = dimensions + oversampling.
    public func embed(_ matrix: SparseMatrix<Double>) throws(LinearAlgebraError) -> Embedding {
        let kept = min(dimensions, matrix.rows, matrix.columns)
        let sampled = min(kept + oversampling, matrix.rows, matrix.columns)
        guard kept > 0 else {
            return Embedding(
                singularValues: [], coordinates: DenseMatrix(rows: matrix.rows, columns: 0, repeating: 0),
                directions: DenseMatrix(rows: matrix.columns, columns: 0, repeating: 0))
        }
        let transpose = matrix.transposed()
        var generator = SplitMix64(seed: seed)
        let omega = DenseMatrix(
            rows: matrix.columns, columns: sampled,
            elements: (0..<(matrix.columns * sampled)).map { _ in generator.nextGaussian() })
        var basis = matrix.multiplied(by: omega).qrDecomposition().q
        for _ in 0..<powerIterations {
            basis = matrix.multiplied(by: transpose.multiplied(by: basis)).qrDecomposition().q
        }
        let bTransposed = transpose.multiplied(by: basis)                                  // terms × l
        let eigen = try bTransposed.multiplied(by: bTransposed, transposeA: true).singularValueDecomposition()
        // σ comes from σ², whose rounding leaves about 1e-8·σ₁ where the matrix has no more rank:
        // such a direction is noise, and dividing by it would scramble projected queries.
        let roots = eigen.singularValues.prefix(kept).map { $0.squareRoot() }
        let sigma = roots.map { $0 > (roots.first ?? 0) * Self.rankTolerance ? $0 : 0 }
        // Paragraph coordinates Q·W·Σ; term directions Bᵀ·W·Σ⁻¹ (zero for a zero σ).
        let coordinates = Self.leadingColumns(kept, of: basis.multiplied(by: eigen.u)) { $1 * sigma[$0] }
        let directions = Self.leadingColumns(kept, of: bTransposed.multiplied(by: eigen.u)) { sigma[$0] > 0 ? $1 / sigma[$0] : 0 }
        return Embedding(singularValues: sigma, coordinates: coordinates, directions: directions)
    }

    /// Singular values below this share of the largest are taken for zero.
    static let rankTolerance = 1e-6

    /// The first `count` columns of `matrix`, each element passed through `transform(column, value)`.
    private static func leadingColumns(
        _ count: Int, of matrix: DenseMatrix<Double>, _ transform: (Int, Double) -> Double
    ) -> DenseMatrix<Double> {
        let source = matrix.elements
        var elements = [Double](repeating: 0, count: matrix.rows * count)
        for row in 0..<matrix.rows {
            for column in 0..<count { elements[row * count + column] = transform(column, source[row * matrix.columns + column]) }
        }
        return DenseMatrix(rows: matrix.rows, columns: count, elements: elements)
    }
}
