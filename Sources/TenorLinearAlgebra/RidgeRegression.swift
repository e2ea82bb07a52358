/// Ridge regression by the normal equations: the coefficients β minimising
/// ‖y − X·β‖² + λ‖β‖², that is (XᵀX + λI)·β = Xᵀy, with no intercept.
///
/// XᵀX and Xᵀy are accumulated one sparse row of X at a time, so X is never held; each
/// penalty λ then costs one Cholesky solve of the p×p system (``DenseMatrix/solvingPositiveDefinite(_:)``).
/// For p features this suits p up to a few thousand, however many rows there are. With λ > 0
/// the system is positive definite even when features are collinear or never seen, and its
/// condition number is at most (σ²max + λ)/λ, so forming XᵀX (which squares X's) costs
/// little accuracy at the penalties cross-validation picks.
///
///     var ridge = RidgeRegression(features: 2)
///     ridge.add([(0, 1)], target: 1)
///     ridge.add([(0, 1), (1, 1)], target: 2)
///     ridge.add([(1, 1)], target: 3)
///     try ridge.coefficients(penalty: 1)  // [0.5, 1.5]
public struct RidgeRegression: Sendable {
    /// XᵀX, lower triangle only (row ≥ column).
    private var gram: DenseMatrix<Double>
    /// Xᵀy.
    private var moments: [Double]
    /// The number of rows added.
    public private(set) var count = 0

    /// An empty problem over `features` columns.
    public init(features: Int) {
        gram = DenseMatrix(rows: features, columns: features, repeating: 0)
        moments = Array(repeating: 0, count: features)
    }

    /// The number of features (columns of X).
    public var features: Int { moments.count }

    /// Adds one row of X, given by its non-zero entries (each column at most once), and its
    /// target.
    ///
    /// - Complexity: O(k²) for k entries.
    public mutating func add(_ row: [(column: Int, value: Double)], target: Double) {
        for (column, value) in row {
            moments[column] += value * target
            for (other, otherValue) in row where other <= column {
                gram[column, other] += value * otherValue
            }
        }
        count += 1
    }

    /// β for the penalty λ > 0.
    ///
    /// - Throws: ``LinearAlgebraError`` if a row held NaN or infinity.
    /// - Complexity: O(p³/3).
    public func coefficients(penalty: Double) throws(LinearAlgebraError) -> [Double] {
        require(penalty > 0, "RidgeRegression: the penalty must be positive, got \(penalty)")
        var system = gram
        for index in 0..<features { system[index, index] += penalty }
        return try system.solvingPositiveDefinite(moments)
    }
}
