/// One paragraph's neighbour: the neighbour's row and their cosine similarity.
public struct Neighbor: Sendable, Equatable {
    /// The neighbour's row (0-based, in the order the rows were given).
    public let index: Int
    /// The cosine similarity, computed in single precision (within about 1e-6 of the exact
    /// value).
    public let score: Float

    /// The score as a Double for reports: its Float's shortest decimal (`0.3182257`, not
    /// `0.3182256817817688`), kept within -1…1 where rounding put it just outside (identical
    /// rows can sum to 1.0000008 in single precision).
    public var reportedScore: Double {
        min(1, max(-1, score)).shortestDecimal
    }

    public init(index: Int, score: Float) {
        self.index = index
        self.score = score
    }
}
