/// How `Analysis` finds each paragraph's nearest paragraph.
public enum NearestSearch: String, Sendable, CaseIterable {
    /// ``exact`` up to ``exactLimit`` paragraphs, ``approximate`` beyond.
    case automatic = "auto"
    /// Every pair scored (``CosineSearch``): time grows with the square of the paragraphs.
    case exact
    /// Candidates from shared rare terms, scored exactly (``SharedTermSearch``): time grows with
    /// the paragraphs; a better paragraph sharing none of the rarest terms can be missed.
    case approximate
    /// No nearest paragraph.
    case none

    /// Up to this many paragraphs ``automatic`` is exact: the all-pairs search then takes under
    /// a second on two cores (Documentation/commands.md, `tenor report`).
    public static let exactLimit = 50_000

    /// Each row's nearest other row of `terms`, or nil when not searched; `progress` hears of the
    /// rows done.
    func neighbors(of terms: TermMatrix?, progress: (@Sendable (Int) -> Void)? = nil) -> [Neighbor?]? {
        guard let terms else { return nil }
        switch self {
        case .none: return nil
        case .exact: return CosineSearch(terms.values).nearestNeighbors(count: 1, progress: progress).map(\.first)
        case .approximate: return SharedTermSearch(terms.values).nearestNeighbors(progress: progress)
        case .automatic: return (terms.rows <= Self.exactLimit ? Self.exact : .approximate).neighbors(of: terms, progress: progress)
        }
    }
}
