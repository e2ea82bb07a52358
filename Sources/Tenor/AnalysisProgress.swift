/// How far a long analysis has come, for a progress display: ``ReportAnalysis`` and
/// ``SimilarityAnalysis`` send these to the handler they were given, from any thread.
///
///     let analysis = SimilarityAnalysis(options: .default) { event in
///         if case .began(let stage, let units) = event { print(stage, units) }
///     }
public enum AnalysisProgress: Sendable, Equatable {
    /// A stage begins; it goes through `units` paragraphs (or, searching, rows).
    case began(AnalysisStage, units: Int)
    /// `count` more units of the current stage are done. Only the stages that go row by row
    /// (``AnalysisStage/searching``, ``AnalysisStage/grouping``) send these, a block of rows at a
    /// time, from their worker threads.
    case advanced(Int)
}

/// The stages of Tenor's analyses, in the order they run.
public enum AnalysisStage: String, Sendable, CaseIterable {
    /// Words, sentences and syllables counted per paragraph.
    case counting
    /// Terms found and weighted (TF-IDF).
    case weighing
    /// Tone scored per paragraph.
    case scoring
    /// Lexicon profiles computed per paragraph.
    case profiling
    /// LSA's truncated SVD.
    case embedding
    /// Each row's most similar rows looked for.
    case searching
    /// Near-duplicate pairs looked for and joined into groups.
    case grouping
    /// Rows and summaries put together.
    case summarizing
}

/// Receives an analysis's progress; it is called from worker threads, so it must be quick and
/// thread-safe. An analysis given none spends nothing on progress.
public typealias AnalysisProgressHandler = @Sendable (AnalysisProgress) -> Void

/// The callback a search takes for its rows done, passing them on to `handler`.
func rowsDone(_ handler: AnalysisProgressHandler?) -> (@Sendable (Int) -> Void)? {
    guard let handler else { return nil }
    return { rows in handler(.advanced(rows)) }
}
