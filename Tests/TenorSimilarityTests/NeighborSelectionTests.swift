import Testing
@testable import TenorSimilarity

@Suite struct NeighborSelectionTests {
    private func select(_ scores: [Float], capacity: Int, minimumScore: Float = -1) -> [Neighbor] {
        var selection = NeighborSelection(capacity: capacity, minimumScore: minimumScore)
        scores.withUnsafeBufferPointer { selection.offer($0) }
        return selection.neighbors
    }

    @Test func keepsTheBestFirstAndTheLowerIndexAmongTies() {
        // 0.9 at 1 and 5 tie: 1 first; then 0.7 at 4; the -infinity (the row itself) never enters.
        #expect(select([0.5, 0.9, 0.5, -.infinity, 0.7, 0.9], capacity: 3)
            == [Neighbor(index: 1, score: 0.9), Neighbor(index: 5, score: 0.9), Neighbor(index: 4, score: 0.7)])
        #expect(select([0.5, 0.5, 0.5], capacity: 2) == [Neighbor(index: 0, score: 0.5), Neighbor(index: 1, score: 0.5)])
    }

    @Test func listsNothingBelowTheMinimum() {
        #expect(select([0.2, 0.5, 0.3, 0], capacity: 3, minimumScore: 0.3)
            == [Neighbor(index: 1, score: 0.5), Neighbor(index: 2, score: 0.3)])
        #expect(select([0, 0, 0], capacity: 2, minimumScore: .leastNonzeroMagnitude) == [])
        #expect(select([1, 2], capacity: 0) == [])
    }

    /// Rows longer than the sixteen-score blocks, with ties and a tail, against a plain sort.
    @Test(arguments: [1, 3, 5, 40, 200])
    func agreesWithSortingOnLongRows(capacity: Int) {
        var state: UInt64 = 7
        let scores: [Float] = (0..<133).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 60) / 8   // 16 distinct values: many ties
        }
        let expected = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            .prefix(capacity).map { Neighbor(index: $0, score: scores[$0]) }
        #expect(select(scores, capacity: capacity) == expected)
    }
}
