import Foundation
import Testing
import TenorLinearAlgebra
import TenorText
import TenorVectorize
@testable import TenorSimilarity

@Suite struct CosineSearchTests {
    /// Unit rows: r0 = (1, 0, 0), r1 = (0.6, 0.8, 0), r2 = (0, 0, 1), r3 = 0 (no terms).
    /// By hand: r0·r1 = 0.6, r1·r2 = 0, every product with r3 = 0.
    static let rows = SparseMatrix<Double>(DenseMatrix([[1, 0, 0], [0.6, 0.8, 0], [0, 0, 1], [0, 0, 0]]))

    @Test(arguments: [0, 1, 2, 3])
    func handComputedNeighboursWhateverTheDenseSplit(denseColumns: Int) {
        let search = CosineSearch(Self.rows, denseColumns: denseColumns)
        let neighbors = search.nearestNeighbors(count: 2)
        #expect(neighbors.count == 4)
        #expect(neighbors[0].map(\.index) == [1])
        #expect(abs(neighbors[0][0].score - 0.6) < 1e-6)
        #expect(neighbors[1].map(\.index) == [0])
        #expect(neighbors[2].isEmpty)   // shares no term with anyone
        #expect(neighbors[3].isEmpty)   // a zero row: no neighbour, no NaN
    }

    /// Rows of any length score their cosine: (2, 1, 0), (1, 0, 1), (0, 2, 0) by hand give
    /// 2 / √10 = 0.632456 and 2 / (√5 · 2) = 0.447214 (their dot products are 2 and 2).
    @Test(arguments: [0, 1, 3])
    func rowsOfAnyLengthScoreTheirCosine(denseColumns: Int) {
        let rows = SparseMatrix<Double>(DenseMatrix([[2, 1, 0], [1, 0, 1], [0, 2, 0]]))
        let neighbors = CosineSearch(rows, denseColumns: denseColumns).nearestNeighbors(count: 2)
        #expect(neighbors.map { $0.map(\.index) } == [[1, 2], [0], [0]])
        #expect(abs(neighbors[0][0].score - 0.632456) < 1e-6 && abs(neighbors[0][1].score - 0.447214) < 1e-6)
        let query = SparseMatrix<Double>(DenseMatrix([[0, 3, 0]]))
        // (0, 3, 0) against each: 3 / (√5 · 3) = 0.447214 with the first, 1 with the third.
        let found = CosineSearch(queries: query, among: rows, denseColumns: denseColumns).nearestNeighbors(count: 3)
        #expect(found[0].map(\.index) == [2, 0])
        #expect(abs(found[0][0].score - 1) < 1e-6 && abs(found[0][1].score - 0.447214) < 1e-6)
    }

    @Test func zeroScoresAreListedWhenAskedForAndAreNeverNaN() {
        let neighbors = CosineSearch(Self.rows).nearestNeighbors(count: 5, minimumScore: -1)
        // k ≥ n: every other row, zeros by lower index.
        #expect(neighbors[3].map(\.index) == [0, 1, 2])
        #expect(neighbors[3].allSatisfy { $0.score == 0 })
        #expect(neighbors[0].map(\.index) == [1, 2, 3])
        #expect(neighbors.joined().allSatisfy { !$0.score.isNaN })
    }

    @Test func aSingleRowHasNoNeighbour() {
        let one = SparseMatrix<Double>(DenseMatrix([[0.6, 0.8]]))
        #expect(CosineSearch(one).nearestNeighbors(count: 5, minimumScore: -1) == [[]])
        let none = SparseMatrix<Double>(rows: 0, columns: 2, rowOffsets: [0], columnIndices: [], values: [])
        #expect(CosineSearch(none).nearestNeighbors(count: 5).isEmpty)
    }

    @Test func queriesAmongOtherRows() {
        let queries = SparseMatrix<Double>(DenseMatrix([[0, 0.8, 0.6]]))
        // By hand: with r0 0, with r1 0.64, with r2 0.6, with r3 0.
        let neighbors = CosineSearch(queries: queries, among: Self.rows).nearestNeighbors(count: 3)
        #expect(neighbors.count == 1)
        #expect(neighbors[0].map(\.index) == [1, 2])
        #expect(abs(neighbors[0][0].score - 0.64) < 1e-6 && abs(neighbors[0][1].score - 0.6) < 1e-6)
    }

    /// cos(r0, r1) = 0.96, cos(r1, r2) = 0.768 + 0.168 = 0.936, cos(r0, r2) = 0.8, r3 = r4:
    /// at 0.9, r0 and r2 are grouped through r1 although their own score is below it.
    @Test func groupsAreChainsOfPairsAboveTheThreshold() {
        let rows = SparseMatrix<Double>(DenseMatrix([[1, 0, 0], [0.96, 0.28, 0], [0.8, 0.6, 0], [0, 0, 1], [0, 0, 1], [0, 1, 0]]))
        #expect(CosineSearch(rows).groups(scoringAtLeast: 0.9) == [[0, 1, 2], [3, 4]])
        #expect(CosineSearch(rows).groups(scoringAtLeast: 0.95) == [[0, 1], [3, 4]])
        #expect(CosineSearch(rows).groups(scoringAtLeast: -1) == [[0, 1, 2, 3, 4, 5]])
    }

    /// Random sparse unit rows: every dense split gives the double-precision brute-force top 4.
    @Test(arguments: [0, 5, 40])
    func agreesWithBruteForce(denseColumns: Int) {
        let (n, columns) = (300, 40)
        let dense = Self.randomUnitRows(n, columns: columns)
        func dot(_ a: Int, _ b: Int) -> Double {
            var sum = 0.0
            for j in 0..<columns { sum += dense[a][j] * dense[b][j] }
            return sum
        }
        let found = CosineSearch(SparseMatrix(DenseMatrix(dense)), denseColumns: denseColumns).nearestNeighbors(count: 4)
        for i in 0..<n {
            let scored: [(index: Int, score: Double)] = (0..<n).filter { $0 != i }.map { ($0, dot(i, $0)) }
            let exact = scored.filter { $0.score > 0 }
                .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.prefix(4)
            #expect(found[i].count == exact.count)
            for (mine, reference) in zip(found[i], exact) {
                #expect(abs(Double(mine.score) - reference.score) < 1e-6)
                // The exact order, unless two scores lie within 1e-6 (single precision may swap them).
                #expect(mine.index == reference.index || abs(dot(i, mine.index) - reference.score) < 1e-6)
            }
        }
    }

    /// Searches run at once from several tasks (each limiting BLAS to one thread for its own
    /// workers) find exactly what one search alone finds.
    @Test func concurrentSearchesFindWhatOneFinds() async {
        let rows = SparseMatrix(DenseMatrix(Self.randomUnitRows(1000, columns: 60)))
        let serial = CosineSearch(rows, denseColumns: 20).nearestNeighbors(count: 5)
        let results = await withTaskGroup(of: [[Neighbor]].self) { group in
            for _ in 0..<8 {
                group.addTask { CosineSearch(rows, denseColumns: 20).nearestNeighbors(count: 5) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == serial })
    }

    /// `n` random sparse rows of unit length; column j is present with probability falling with
    /// j (a head of frequent columns and a long tail), as terms are in text.
    static func randomUnitRows(_ n: Int, columns: Int) -> [[Double]] {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var dense = [[Double]](repeating: [Double](repeating: 0, count: columns), count: n)
        for i in 0..<n {
            for j in 0..<columns where next() < 0.6 / Double(j + 1) + 0.02 { dense[i][j] = next() }
            let length = dense[i].reduce(0) { $0 + $1 * $1 }.squareRoot()
            if length > 0 { dense[i] = dense[i].map { $0 / length } }
        }
        return dense
    }
}
