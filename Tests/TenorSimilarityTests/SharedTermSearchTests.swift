import Testing
import TenorLinearAlgebra
@testable import TenorSimilarity

@Suite struct SharedTermSearchTests {
    /// Columns a, b, c. r0 = a + b, r1 = a, r2 = b + c, r3 = 0. By hand: cos(r0, r1) = 1/√2 =
    /// 0.707107, cos(r0, r2) = 1/2, cos(r1, r2) = 0; r3 shares nothing.
    static let rows = SparseMatrix<Double>(DenseMatrix([[1, 1, 0], [1, 0, 0], [0, 1, 1], [0, 0, 0]]))

    @Test func findsTheHandComputedNeighboursWithinItsBudget() {
        let found = SharedTermSearch(Self.rows).nearestNeighbors()
        #expect(found.map { $0?.index } == [1, 0, 0, nil])
        #expect(abs((found[0]?.score ?? 0) - 0.707107) < 1e-6)
        #expect(abs((found[2]?.score ?? 0) - 0.5) < 1e-6)
    }

    /// With a budget of one posting, r0 walks only the first row holding its rarest term (a and
    /// b are held by two rows each; a, the lower column, goes first): that row is r0 itself, so
    /// it finds no candidate, where the exact search finds r1. r2's rarest term is c, held by r2
    /// alone, so it too finds nothing. r1 walks a's first row, r0: its true neighbour.
    @Test func aTightBudgetMissesWhatTheExactSearchFinds() {
        let found = SharedTermSearch(Self.rows, postingBudget: 1).nearestNeighbors()
        #expect(found.map { $0?.index } == [nil, 0, nil, nil])
        #expect(CosineSearch(Self.rows).nearestNeighbors(count: 1).map { $0.first?.index } == [1, 0, 0, nil])
    }

    /// Rows of any length score their full cosine, in double precision: r0 = (3, 1, 0, 0),
    /// r1 = (1, 0, 0, 0), r2 = (0, 1, 5, 5), r3 = (0, 0, 1, 1). By hand cos(r0, r1) = 3/√10 =
    /// 0.948683, cos(r2, r3) = 10 / (√51 · √2) = 0.990148, cos(r0, r2) = 1 / (√10 · √51) = 0.044.
    @Test func rowsOfAnyLengthScoreTheirFullCosine() {
        let rows = SparseMatrix<Double>(DenseMatrix([[3, 1, 0, 0], [1, 0, 0, 0], [0, 1, 5, 5], [0, 0, 1, 1]]))
        let found = SharedTermSearch(rows).nearestNeighbors()
        #expect(found.map { $0?.index } == [1, 0, 3, 2])
        #expect(abs((found[2]?.score ?? 0) - 0.990148) < 1e-6)
        #expect(abs((found[0]?.score ?? 0) - 0.948683) < 1e-6)
    }

    /// Given a budget that walks every posting and a shortlist of every row, it is the exact
    /// search: same neighbours on a pseudo-random matrix, scores within single precision.
    @Test func withNoLimitItIsTheExactSearch() {
        var generator = SplitMix64(seed: 7)
        let dense = (0..<300).map { _ in
            (0..<40).map { _ in generator.next() % 9 == 0 ? Double(generator.next() % 100) / 10 : 0 }
        }
        let rows = SparseMatrix<Double>(DenseMatrix(dense))
        let found = SharedTermSearch(rows, postingBudget: 1 << 20, rerankCount: 300).nearestNeighbors()
        let exact = CosineSearch(rows).nearestNeighbors(count: 1).map(\.first)
        // The same neighbour, or one tying with it (weights of one decimal make exact ties, which
        // single and double precision may break differently).
        for (approximate, truth) in zip(found, exact) {
            #expect(abs((approximate?.score ?? 0) - (truth?.score ?? 0)) < 1e-5)
            #expect(approximate?.index == truth?.index || abs((approximate?.score ?? 0) - (truth?.score ?? 0)) < 1e-6)
        }
        #expect(found.filter { $0 == nil }.count == exact.filter { $0 == nil }.count)
    }
}
