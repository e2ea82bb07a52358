import Tenor

/// One paragraph as the page refers to it: its measures, where it is, and whether it has a card.
struct PageParagraph {
    let report: ParagraphReport
    /// Its document in the input, and its byte range there.
    let document: Int
    let range: Range<Int>
    /// Its fragment id (`p7`, `NAME-p7`).
    let anchor: String
    /// Whether its card is on the page (every one, or the highlighted ones of a large input).
    var hasCard = true
    /// Where the similarity map is drawn: the next most similar paragraphs after the nearest,
    /// closest first, so that a card leads to the pairs its row of the map shows.
    var alsoSimilar: [(row: Int, score: Double)] = []

    /// `¶ 7` with one file, `NAME ¶ 7` with several.
    var label: String { Self.label(file: report.file, paragraph: report.paragraph) }

    static func label(file: String?, paragraph: Int) -> String {
        (file.map { "\($0.displayable) " } ?? "") + "\u{B6} \(paragraph)"
    }

    /// What a chart point says: `¶ 7: The council voted … (+0.4404)`.
    var chartTitle: String {
        "\(label): \(report.firstWords.displayable) (tone \(Decimal.signed(report.tone.compound, places: 4)), grade \(Decimal.grade(report.readingGrade)))"
    }

    /// `#p7` when its card is on the page.
    var link: String? { hasCard ? "#\(anchor)" : nil }
}
