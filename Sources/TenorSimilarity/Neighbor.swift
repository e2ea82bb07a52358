/// One paragraph's neighbour: the neighbour's row and their cosine similarity.
public struct Neighbor: Sendable, Equatable {
    /// The neighbour's row (0-based, in the order the rows were given).
    public let index: Int
    /// The cosine similarity, computed in single precision (within 1e-6 of the exact value for
    /// unit-length rows).
    public let score: Float

    public init(index: Int, score: Float) {
        self.index = index
        self.score = score
    }
}
