/// A failure of a LAPACK computation caused by the data, not by the call.
///
/// Argument errors (LAPACK's `info` < 0) are programming errors and trap instead.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The matrix contains NaN or infinity, which LAPACK cannot factor.
    case nonFiniteEntries(operation: String)
    /// The iteration did not converge; `info` is LAPACK's diagnostic (> 0).
    case noConvergence(operation: String, info: Int)
    /// The matrix is not positive definite: its leading minor of order `info` is not positive.
    case notPositiveDefinite(operation: String, info: Int)

    public var description: String {
        switch self {
        case .nonFiniteEntries(let operation):
            "\(operation): the matrix contains NaN or infinite entries"
        case .noConvergence(let operation, let info):
            "\(operation): did not converge (LAPACK info = \(info))"
        case .notPositiveDefinite(let operation, let info):
            "\(operation): the matrix is not positive definite (leading minor \(info))"
        }
    }
}
