import Testing
import TenorLinearAlgebra

@Suite struct RidgeRegressionTests {
    /// X = [[1, 0], [1, 1], [0, 1]], y = [1, 2, 3], λ = 1, by hand:
    /// XᵀX + λI = [[3, 1], [1, 3]] (determinant 8), Xᵀy = [1 + 2, 2 + 3] = [3, 5],
    /// β = (1/8)·[[3, -1], [-1, 3]]·[3, 5] = (1/8)·[9 − 5, −3 + 15] = [0.5, 1.5].
    @Test func threeByTwoByHand() throws {
        var ridge = RidgeRegression(features: 2)
        ridge.add([(0, 1)], target: 1)
        ridge.add([(0, 1), (1, 1)], target: 2)
        ridge.add([(1, 1)], target: 3)
        #expect(ridge.count == 3)
        #expect(isClose(try ridge.coefficients(penalty: 1), [0.5, 1.5]))
    }

    /// The same rows with λ = 3: [[5, 1], [1, 5]] (determinant 24), β = (1/24)·[15 − 5, −3 + 25]
    /// = [10/24, 22/24]; a larger penalty shrinks both coefficients.
    @Test func largerPenaltyShrinks() throws {
        var ridge = RidgeRegression(features: 2)
        ridge.add([(1, 1), (0, 1)], target: 2)  // entries in any order
        ridge.add([(0, 1)], target: 1)
        ridge.add([(1, 1)], target: 3)
        #expect(isClose(try ridge.coefficients(penalty: 3), [10.0 / 24, 22.0 / 24]))
    }

    /// A feature no row holds gets 0 (λI keeps the system positive definite).
    @Test func unseenFeatureIsZero() throws {
        var ridge = RidgeRegression(features: 3)
        ridge.add([(0, 2)], target: 4)
        // (4 + 1)·β0 = 2·4 → β0 = 1.6
        #expect(isClose(try ridge.coefficients(penalty: 1), [1.6, 0, 0]))
    }

    @Test func nonFiniteRowIsAnError() {
        var ridge = RidgeRegression(features: 1)
        ridge.add([(0, .infinity)], target: 1)
        #expect(throws: LinearAlgebraError.nonFiniteEntries(operation: "posv")) {
            try ridge.coefficients(penalty: 1)
        }
    }

    /// [[4, 2], [2, 3]]·x = [2, 1]: determinant 8, x = (1/8)·[[3, −2], [−2, 4]]·[2, 1] = [0.5, 0].
    @Test func choleskySolveByHand() throws {
        let a = DenseMatrix<Double>([[4, 2], [2, 3]])
        #expect(isClose(try a.solvingPositiveDefinite([2, 1]), [0.5, 0]))
        let float = DenseMatrix<Float>([[4, 2], [2, 3]])
        #expect(isClose(try float.solvingPositiveDefinite([2, 1]), [0.5, 0]))
    }

    /// [[1, 2], [2, 1]] has eigenvalues 3 and −1: the second pivot 1 − 4 = −3 is negative.
    @Test func indefiniteMatrixIsAnError() {
        let a = DenseMatrix<Double>([[1, 2], [2, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(operation: "posv", info: 2)) {
            try a.solvingPositiveDefinite([1, 1])
        }
    }
}
