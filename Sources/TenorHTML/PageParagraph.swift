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
