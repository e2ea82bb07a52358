import Tenor
import Mustache
import TenorSupport

/// `tenor report --format html`: one self-contained page (inline CSS, SVG and one small script,
/// nothing loaded) showing a ``Report`` to a reader: the summary, the tone arc, the reading grade
/// per paragraph, the similarity map, and every paragraph as a card with the words that moved
/// its tone marked.
///
/// The page is a Mustache template (``PageTemplate``) filled from plain values: Mustache
/// escapes every value it writes (`& < > " '`), so no input byte can become markup, and
/// ``Swift/String/displayable`` makes control characters visible. Fragment ids are built from
/// numbers and the letters of file names only (``ParagraphAnchors``).
public struct HTMLReport: Sendable {
    public let report: Report
    public let documents: [Document]
    /// The TF-IDF matrix the report weighed its terms with (nil: no term): the similarity map's
    /// cosines come from it.
    public let terms: TermMatrix?
    /// The scorer the report was made with: it names the words behind each paragraph's tone.
    public let scorer: ToneScorer
    public var limits = PageLimits()

    /// The page of `report` and its `terms` (``ReportAnalysis/reportWithTerms(_:)``), made from
    /// `documents` with `options`.
    public init(report: Report, terms: TermMatrix?, documents: [Document], options: ReportOptions) {
        precondition(report.paragraphs.count == documents.reduce(0) { $0 + $1.paragraphs.count },
                     "the report is of other documents")
        precondition(terms.map { $0.rows == report.paragraphs.count } ?? true, "the terms are of other paragraphs")
        self.report = report
        self.terms = terms
        self.documents = documents
        scorer = options.tone
    }

    /// The page.
    public func page() -> String {
        let anchors = ParagraphAnchors(documents)
        var paragraphs = zip(documents.numberedParagraphs, report.paragraphs).map { place, row in
            PageParagraph(report: row, document: place.document, range: place.range,
                          anchor: anchors.paragraph(place.number, document: place.document))
        }
        let isLarge = paragraphs.count > limits.fullPageParagraphs
        let lists = isLarge ? highlightedLists(paragraphs) : []
        if isLarge {
            let shown = Set(lists.flatMap(\.rows))
            for row in paragraphs.indices { paragraphs[row].hasCard = shown.contains(row) }
        }
        var similarity: SimilarityMap?
        if paragraphs.count > 1, paragraphs.count <= limits.similarityMapParagraphs,
           let terms {
            let cosines = SimilarityMap.cosines(terms.values)
            similarity = SimilarityMap(paragraphs, cosines: cosines)
            for row in paragraphs.indices {
                let nearest = paragraph(of: paragraphs[row].report.nearest, in: paragraphs)
                paragraphs[row].alsoSimilar = SimilarityMap.closest(to: row, in: cosines, count: 2, besides: nearest)
            }
        }
        var sections = isLarge
            ? largeInputSections(lists, paragraphs: paragraphs, anchors: anchors)
            : fileSections(paragraphs, anchors: anchors)
        if !sections.isEmpty { sections[0].showsLegend = true }
        let model = PageModel(
            summary: PageSummary(report, documents: documents, paragraphs: paragraphs, anchors: anchors),
            toneArc: ToneArcChart(paragraphs, limits: limits), grades: GradeChart(paragraphs, limits: limits),
            similarity: similarity,
            similarityNote: similarity == nil && paragraphs.count > limits.similarityMapParagraphs
                ? "The similarity map is drawn for up to \(limits.similarityMapParagraphs) paragraphs; this input has \(paragraphs.count). Each card still links its nearest paragraph." : nil,
            largeInputNote: isLarge
                ? "This input has \(paragraphs.count) paragraphs, more than the \(limits.fullPageParagraphs) shown in full: the page shows the summary, the charts, and the \(limits.highlightedParagraphs) most positive, most negative and hardest paragraphs. `tenor report --format json` gives every paragraph." : nil,
            sections: sections)
        return PageTemplate.shared.render(model)
    }

    /// A large input's lists: the most positive, the most negative and the hardest paragraphs.
    private func highlightedLists(_ paragraphs: [PageParagraph]) -> [(heading: String, note: String, rows: [Int])] {
        let count = limits.highlightedParagraphs
        let compound = { (row: Int) in paragraphs[row].report.tone.compound }
        let grade = { (row: Int) in paragraphs[row].report.readingGrade.value }
        // Ties keep input order: the sorts are stable.
        let rows = Array(paragraphs.indices)
        return [
            ("Most positive paragraphs", "The \(count) highest compound scores.",
             Array(rows.sorted { compound($0) > compound($1) }.prefix(count))),
            ("Most negative paragraphs", "The \(count) lowest compound scores.",
             Array(rows.sorted { compound($0) < compound($1) }.prefix(count))),
            ("Hardest paragraphs", "The \(count) highest reading grades.",
             Array(rows.filter { grade($0) != nil }.sorted { grade($0)! > grade($1)! }.prefix(count))),
        ]
    }

    private func largeInputSections(_ lists: [(heading: String, note: String, rows: [Int])],
                                    paragraphs: [PageParagraph], anchors: ParagraphAnchors) -> [PageSection] {
        var carded: Set<Int> = []
        return lists.map { list in
            PageSection(id: nil, heading: list.heading, note: list.note, cards: list.rows.map { row in
                // A paragraph in two lists keeps its id on its first card only.
                card(paragraphs[row], id: carded.insert(row).inserted ? paragraphs[row].anchor : nil,
                     paragraphs: paragraphs, anchors: anchors)
            })
        }
    }

    /// Every paragraph: under one heading with one file, a section per file with several.
    private func fileSections(_ paragraphs: [PageParagraph], anchors: ParagraphAnchors) -> [PageSection] {
        let cards = parallelArray(paragraphs.count) { row in
            card(paragraphs[row], id: paragraphs[row].anchor, paragraphs: paragraphs, anchors: anchors)
        }
        guard let files = report.files else {
            return [PageSection(id: "paragraphs", heading: "Paragraphs", note: nil, cards: cards)]
        }
        var start = 0
        return documents.indices.map { document in
            let rows = start..<(start + documents[document].paragraphs.count)
            start = rows.upperBound
            let file = files[document]
            let grade = Decimal.grade(file.readingGrade)
            let tone = Decimal.meanTone(file.tone.meanCompound)
            return PageSection(
                id: anchors.file(document), heading: documents[document].name.displayable,
                note: "\(file.paragraphs) paragraphs, \(file.words) words, reading grade \(grade), mean tone \(tone).",
                cards: Array(cards[rows]))
        }
    }

    private func card(_ paragraph: PageParagraph, id: String?, paragraphs: [PageParagraph], anchors: ParagraphAnchors) -> ParagraphCard {
        let nearest = paragraph.report.nearest.map { nearest in
            let anchor = anchors.paragraph(nearest.paragraph, file: nearest.file)
            let linked = paragraphs.count <= limits.fullPageParagraphs || paragraphs.contains { $0.anchor == anchor && $0.hasCard }
            return ParagraphCard.Nearest(link: linked ? "#\(anchor)" : nil,
                                         label: PageParagraph.label(file: nearest.file, paragraph: nearest.paragraph),
                                         score: Decimal.text(nearest.score, places: 3), exact: "\(nearest.score)")
        }
        let alsoSimilar = paragraph.alsoSimilar.enumerated().map { index, other in
            ParagraphCard.Similar(separator: index == 0 ? "" : ", ", link: paragraphs[other.row].link,
                                  label: paragraphs[other.row].label, score: Decimal.text(other.score, places: 3))
        }
        return ParagraphCard(paragraph, id: id, document: documents[paragraph.document].text, scorer: scorer,
                             nearest: nearest, alsoSimilar: alsoSimilar)
    }

    /// The row of the paragraph `nearest` names.
    private func paragraph(of nearest: NearestParagraph?, in paragraphs: [PageParagraph]) -> Int? {
        nearest.flatMap { nearest in
            paragraphs.firstIndex { $0.report.paragraph == nearest.paragraph && $0.report.file == nearest.file }
        }
    }
}
