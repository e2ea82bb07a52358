import Tenor

/// The header of the page: what was read and the totals over it.
struct PageSummary: Sendable {
    struct File: Sendable {
        let name: String
        let anchor: String
        let paragraphs: Int
    }

    struct Extreme: Sendable {
        let link: String?
        let label: String
        let tone: String
    }

    let name: String
    let files: [File]
    // Stored, not computed: Mustache reads the values by reflection.
    let hasFiles: Bool
    let fileCount: Int
    let paragraphs: Int
    let words: Int
    let sentences: Int
    let grade: String
    let positive: Int
    let neutral: Int
    let negative: Int
    let meanTone: String
    let meanToneExact: String?
    let keyTerms: String
    let mostPositive: Extreme?
    let mostNegative: Extreme?

    init(_ report: Report, documents: [Document], paragraphs pageParagraphs: [PageParagraph], anchors: ParagraphAnchors) {
        let summary = report.summary
        let names = documents.map(\.name.displayable)
        name = names.count == 1 ? names[0] : "\(names.count) files"
        files = documents.count > 1
            ? documents.indices.map { File(name: names[$0], anchor: anchors.file($0), paragraphs: documents[$0].paragraphs.count) } : []
        hasFiles = !files.isEmpty
        fileCount = files.count
        paragraphs = summary.paragraphs
        words = summary.words
        sentences = summary.sentences
        grade = Decimal.grade(summary.readingGrade)
        positive = summary.tone.positive
        neutral = summary.tone.neutral
        negative = summary.tone.negative
        meanTone = Decimal.meanTone(summary.tone.meanCompound)
        meanToneExact = summary.tone.meanCompound.map { "\($0)" }
        keyTerms = summary.keyTerms.map(\.term.displayable).joined(separator: ", ")
        let linked = Set(pageParagraphs.filter(\.hasCard).map(\.anchor))
        func extreme(_ unit: UnitTone?) -> Extreme? {
            unit.map { unit in
                let anchor = anchors.paragraph(unit.paragraph, file: unit.file)
                return Extreme(link: linked.contains(anchor) ? "#\(anchor)" : nil,
                               label: PageParagraph.label(file: unit.file, paragraph: unit.paragraph),
                               tone: Decimal.signed(unit.compound, places: 4))
            }
        }
        mostPositive = extreme(summary.tone.mostPositive)
        mostNegative = extreme(summary.tone.mostNegative)
    }
}
