import TenorMatrix

/// A term matrix counted and weighed but not yet laid out: ``matrix()`` lays it out in memory;
/// ``writeNPZ(reserving:at:)`` writes it straight into a file as `scipy.sparse.save_npz` does,
/// a block of rows at a time, without ever holding it (its arrays take 12 bytes an entry: 38 MB
/// for the 25 MB of the benchmark corpus medium.txt).
///
/// ``Vectorizer/fitCounting(_:)`` makes one; its counts stay in memory until it is dropped.
public struct PendingTermMatrix: Sendable {
    /// The names of the columns.
    public let vocabulary: Vocabulary
    let assembly: MatrixAssembly

    public var rows: Int { assembly.rows }
    public var columns: Int { assembly.columns }
    /// The stored (nonzero) entries.
    public var entries: Int { assembly.entries }

    /// The matrix in memory, as ``Vectorizer/fitTransform(_:)`` returns it.
    public func matrix() -> TermMatrix {
        TermMatrix(vocabulary: vocabulary, values: assembly.matrix())
    }
}
