/// How much of a large input the page shows, so that it stays usable and bounded.
///
/// Up to ``fullPageParagraphs`` paragraphs, every paragraph has a card. Beyond, the page keeps
/// the summary and the charts (drawn over ``chartBins`` bins) and has cards only for the
/// ``highlightedParagraphs`` most positive, most negative and hardest paragraphs, with a note.
/// The similarity map (n² cells) is drawn up to ``similarityMapParagraphs`` paragraphs.
public struct PageLimits: Sendable {
    public var fullPageParagraphs = 2000
    public var highlightedParagraphs = 10
    public var similarityMapParagraphs = 200
    /// Points a chart draws at most: more paragraphs are averaged in this many bins.
    public var chartBins = 500

    public init() {}
}
