/// The `capacity` best-scoring candidates seen so far, best first; among equal scores the lower
/// index wins.
///
/// Candidates are offered a row of scores at a time, in increasing index order. Most scores of a
/// row fall below the current admission bar and are skipped sixteen at a time; only the few that pass are inserted, into a short sorted list.
public struct NeighborSelection: Sendable {
    /// How many neighbours are kept.
    public let capacity: Int
    private var scores: [Float] = []
    private var indices: [Int] = []
    /// The least score listed: a candidate needs at least this.
    private let minimumScore: Float
    /// A score must be strictly above this to enter: just below `minimumScore` until the list is
    /// full, then the last kept score (an equal score arrives later, so has a higher index, and
    /// loses the tie).
    private var bar: Float

    /// An empty selection that keeps at most `capacity` neighbours scoring `minimumScore` or more.
    public init(capacity: Int, minimumScore: Float) {
        self.capacity = max(0, capacity)
        self.minimumScore = minimumScore
        bar = capacity > 0 ? minimumScore.nextDown : .infinity
        scores.reserveCapacity(self.capacity)
        indices.reserveCapacity(self.capacity)
    }

    /// The kept neighbours, best first.
    public var neighbors: [Neighbor] {
        zip(indices, scores).map { Neighbor(index: $0, score: $1) }
    }

    /// Offers the scores of candidates `firstIndex`, `firstIndex + 1`, … in order. A candidate to
    /// leave out (the row itself) must carry a score of -infinity.
    ///
    /// - Complexity: O(scores.count + m·capacity) for m admitted candidates; m is small for
    ///   typical rows because the bar rises as better candidates arrive.
    public mutating func offer(_ row: UnsafeBufferPointer<Float>, firstIndex: Int = 0) {
        guard capacity > 0, let base = row.baseAddress else { return }
        let count = row.count
        var position = 0
        // Sixteen scores at a time: four vector compares with the bar, or-ed into one mask;
        // only a block holding a candidate is looked at score by score.
        let raw = UnsafeRawPointer(base)
        while position + 16 <= count {
            let bars = SIMD4<Float>(repeating: bar)
            let offset = position * MemoryLayout<Float>.stride
            let above = (raw.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self) .> bars)
                .| (raw.loadUnaligned(fromByteOffset: offset + 16, as: SIMD4<Float>.self) .> bars)
                .| (raw.loadUnaligned(fromByteOffset: offset + 32, as: SIMD4<Float>.self) .> bars)
                .| (raw.loadUnaligned(fromByteOffset: offset + 48, as: SIMD4<Float>.self) .> bars)
            if any(above) {
                for index in position..<(position + 16) where base[index] > bar {
                    insert(base[index], index: firstIndex + index)
                }
            }
            position += 16
        }
        while position < count {
            if base[position] > bar { insert(base[position], index: firstIndex + position) }
            position += 1
        }
    }

    private mutating func insert(_ score: Float, index: Int) {
        // After every kept score at least as high: those came earlier, with lower indices.
        var slot = scores.count
        while slot > 0 && scores[slot - 1] < score { slot -= 1 }
        if scores.count == capacity {
            scores.removeLast()
            indices.removeLast()
        }
        scores.insert(score, at: slot)
        indices.insert(index, at: slot)
        if scores.count == capacity { bar = max(scores[capacity - 1], minimumScore.nextDown) }
    }
}
