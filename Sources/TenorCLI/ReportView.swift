import Tenor
import TenorSupport

/// How a ``Report`` looks in each output format.
struct ReportView: ParagraphReportView {
    let report: Report
    var ids: ParagraphIDs? = nil

    /// One row per paragraph; the `file` column only when several files were read. The nearest
    /// paragraph (most similar by TF-IDF cosine) and its score are one cell for readers, two
    /// fields (`nearest`, `nearest_score`) for machines.
    func table(forMachines weights: Bool) -> Table {
        let labelFiles = report.files != nil
        var columns: [Table.Column] = labelFiles ? [.files("file")] : []
        // On a narrow terminal the table hides characters first, then sentences, reading grade, words.
        columns += [
            .init(name: "paragraph", alignment: .right),
            .init(name: "words", alignment: .right, hidingRank: 4),
            .init(name: "sentences", alignment: .right, hidingRank: 2),
            .init(name: "characters", alignment: .right, hidingRank: 1),
            .init(name: "reading_grade", alignment: .right, hidingRank: 3),
        ]
        // The table shows the signed compound; machine formats carry all four figures and the label.
        columns += weights
            ? ["compound", "positive", "neutral", "negative"].map { .init(name: $0, alignment: .right) } + [.init(name: "label")]
            : [.init(name: "tone", alignment: .right)]
        columns += [
            .init(name: "top_terms", shrinkable: true),
            .init(name: "first_words", shrinkable: true),
            labelFiles ? .files("nearest") : .init(name: "nearest", alignment: .right),
        ]
        // Readers get the nearest paragraph and its score in one cell; machines two fields.
        if weights { columns.append(.init(name: "nearest_score", alignment: .right)) }
        var table = Table(columns: columns)
        let paragraphs = report.paragraphs
        table.rows = parallelArray(paragraphs.count) { row in
            let paragraph = paragraphs[row]
            var cells = labelFiles ? [paragraph.file ?? ""] : []
            cells += [
                String(paragraph.paragraph), String(paragraph.words), String(paragraph.sentences), String(paragraph.characters),
                paragraph.readingGrade.value.map { FixedPoint.text($0, places: 0) } ?? "",
            ]
            let tone = paragraph.tone
            cells += weights
                ? [FixedPoint.text(tone.compound, places: 4), FixedPoint.text(tone.positive, places: 3),
                   FixedPoint.text(tone.neutral, places: 3), FixedPoint.text(tone.negative, places: 3), tone.label.rawValue]
                : [Self.signed(tone.compound)]
            cells += [Self.terms(paragraph.topTerms, weights: weights), paragraph.firstWords]
            let nearest = paragraph.nearest.map { labelFiles ? "\($0.file ?? ""):\($0.paragraph)" : String($0.paragraph) } ?? ""
            let score = paragraph.nearest.map { FixedPoint.text($0.score, places: weights ? 6 : 2) } ?? ""
            cells += weights ? [nearest, score] : [paragraph.nearest == nil ? "" : "\(nearest) (\(score))"]
            return cells
        }
        return table
    }

    /// The totals as "name  value" lines under a title, for all input and then per file.
    func summaryLines(markdown: Bool) -> [String] {
        summaryBlocks(report.summary, files: report.files, fileName: \.file) { summaryLines($0, title: $1, markdown: markdown) }
    }

    private func summaryLines(_ summary: ReportSummary, title: String, markdown: Bool) -> [String] {
        let items = [
            ("paragraphs", "\(summary.paragraphs)"),
            ("sentences", "\(summary.sentences)"),
            ("words", "\(summary.words)"),
            ("characters", "\(summary.characters)"),
            ("words per paragraph", FixedPoint.text(summary.meanWordsPerParagraph, places: 1)),
            ("reading grade", summary.readingGrade.value.map { FixedPoint.text($0, places: 0) } ?? "—"),
            ("distinct terms", "\(summary.distinctTerms)"),
            ("key terms", Self.terms(summary.keyTerms, weights: false)),
            ("tone", "\(summary.tone.positive) positive, \(summary.tone.neutral) neutral, \(summary.tone.negative) negative; mean "
                + (summary.tone.meanCompound.map(Self.signed) ?? "—")),
            ("tone arc", toneArc(of: summary)),
            ("most positive", Self.place(summary.tone.mostPositive, labelFile: summary.file == nil && report.files != nil)),
            ("most negative", Self.place(summary.tone.mostNegative, labelFile: summary.file == nil && report.files != nil)),
        ]
        return SummaryBlock(title: title, items: items).lines(markdown: markdown)
    }

    /// The compound of each paragraph the summary covers, as a sparkline (▁ negative … █ positive).
    /// A file's paragraphs are the run after those of the files before it (found by position,
    /// not by name: the same path may be given twice).
    private func toneArc(of summary: ReportSummary) -> String {
        var rows = report.paragraphs.indices
        if summary.file != nil, let files = report.files, let index = files.firstIndex(of: summary) {
            let start = files[..<index].reduce(0) { $0 + $1.paragraphs }
            rows = start..<(start + summary.paragraphs)
        }
        return Sparkline(values: report.paragraphs[rows].map(\.tone.compound)).text(width: Self.arcWidth)
    }

    /// Glyphs in a tone arc: one per paragraph up to this, shared beyond.
    static let arcWidth = 64

    /// `paragraph 3 (+0.83)`, with the file when the summary spans several.
    private static func place(_ unit: UnitTone?, labelFile: Bool) -> String {
        guard let unit else { return "—" }
        let file = labelFile ? unit.file.map { "\($0) " } ?? "" : ""
        return "\(file)paragraph \(unit.paragraph) (\(signed(unit.compound)))"
    }

    /// A compound with two decimals and its sign: `+0.64`, `-0.57`, `0.00`.
    private static func signed(_ compound: Double) -> String {
        let text = FixedPoint.text(compound, places: 2)
        return compound > 0 && text != "0.00" ? "+" + text : text
    }

    /// `a, b, c`, or with weights `a:0.512 b:0.301` (machine-readable views).
    private static func terms(_ terms: [WeightedTerm], weights: Bool) -> String {
        weights
            ? terms.map { "\($0.term):\(FixedPoint.text($0.weight, places: 4))" }.joined(separator: " ")
            : terms.map(\.term).joined(separator: ", ")
    }
}
