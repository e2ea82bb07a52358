import Tenor

/// One paragraph in full, as a card: its text with every word that moved its tone marked, and
/// its measures. Numbers show rounded; the `data-` attributes carry them as the JSON does.
struct ParagraphCard: Sendable {
    struct Nearest: Sendable {
        let link: String?
        let label: String
        let score: String
        let exact: String
    }

    /// One of the paragraphs most similar to it after the nearest.
    struct Similar: Sendable {
        /// `, ` before all but the first.
        let separator: String
        let link: String?
        let label: String
        let score: String
    }

    /// The fragment id; nil on a second card of the same paragraph (a large input's lists).
    let id: String?
    let label: String
    let segments: [ToneHighlight.Segment]
    let unplaced: [WordMark]
    // Stored, not computed: Mustache reads the values by reflection.
    let hasUnplaced: Bool
    let marked: Int
    let tone: String
    let toneExact: String
    let toneLabel: String
    let toneSign: String
    let toneSymbol: String
    let grade: String
    let gradeExact: String?
    let words: Int
    let topTerms: String
    let nearest: Nearest?
    let alsoSimilar: [Similar]
    let hasAlsoSimilar: Bool

    /// The card of `paragraph`, whose text is in `document`, its words scored by `scorer` (the
    /// report's own, so the numbers are those of `tenor tone --explain`).
    init(_ paragraph: PageParagraph, id: String?, document: TextBytes, scorer: ToneScorer, nearest: Nearest?, alsoSimilar: [Similar]) {
        let report = paragraph.report
        let contributing = scorer.contributingWords(of: document, in: paragraph.range).words
        let highlight = ToneHighlight(text: document[paragraph.range], words: contributing)
        self.id = id
        label = paragraph.label
        segments = highlight.segments
        unplaced = highlight.unplaced
        hasUnplaced = !unplaced.isEmpty
        marked = highlight.segments.filter { $0.mark != nil }.count + highlight.unplaced.count
        tone = Decimal.signed(report.tone.compound, places: 4)
        toneExact = "\(report.tone.compound)"
        toneLabel = report.tone.label.rawValue
        toneSign = Tone.sign(report.tone.label)
        toneSymbol = Tone.symbol(report.tone.label)
        grade = report.readingGrade.value.map { Decimal.text($0, places: 1) } ?? "none (\(report.readingGrade.reason ?? ""))"
        gradeExact = report.readingGrade.value.map { "\($0)" }
        self.words = report.words
        topTerms = report.topTerms.map(\.term.displayable).joined(separator: ", ")
        self.nearest = nearest
        self.alsoSimilar = alsoSimilar
        hasAlsoSimilar = !alsoSimilar.isEmpty
    }
}
