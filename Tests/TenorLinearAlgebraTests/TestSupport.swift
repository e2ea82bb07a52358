import TenorLinearAlgebra

/// Both precisions, for tests written once as a generic function.
let precisions: [any BLASScalar.Type] = [Float.self, Double.self]

/// The relative tolerance: 1e-5 in single precision, 1e-12 in double.
func tolerance<S: BLASScalar>(_: S.Type) -> S {
    S.self == Float.self ? 1e-5 : 1e-12
}

/// Whether `actual` has `expected`'s shape and every element is within the
/// relative tolerance, relative to `expected`'s largest magnitude (at least 1).
func isClose<S: BLASScalar>(_ actual: DenseMatrix<S>, _ expected: DenseMatrix<S>) -> Bool {
    actual.rows == expected.rows && actual.columns == expected.columns
        && isClose(actual.elements, expected.elements)
}

func isClose<S: BLASScalar>(_ actual: [S], _ expected: [S]) -> Bool {
    let scale = expected.reduce(1) { max($0, abs($1)) }
    return actual.count == expected.count
        && zip(actual, expected).allSatisfy { abs($0 - $1) <= tolerance(S.self) * scale }
}

/// A rows×columns matrix (7×5 by default) of small integers in -5...5, without structure.
func scrambled<S: BLASScalar>(_: S.Type, rows: Int = 7, columns: Int = 5) -> DenseMatrix<S> {
    DenseMatrix(rows: rows, columns: columns, elements: (0..<rows * columns).map { S($0 * 37 % 11 - 5) })
}
