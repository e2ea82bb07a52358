import Tenor

/// How a ``Report`` looks in each output format.
struct ReportView: ParagraphReportView {
    let report: Report

    /// One row per paragraph; the `file` column only when several files were read.
    func table(forMachines weights: Bool) -> Table {
        let labelFiles = report.files != nil
        var columns: [Table.Column] = labelFiles ? [.init(name: "file")] : []
        columns += [
            .init(name: "paragraph", alignment: .right),
            .init(name: "words", alignment: .right),
            .init(name: "sentences", alignment: .right),
            .init(name: "characters", alignment: .right),
            .init(name: "reading_grade", alignment: .right),
            .init(name: "top_terms", shrinkable: true),
            .init(name: "first_words", shrinkable: true),
        ]
        var table = Table(columns: columns)
        let paragraphs = report.paragraphs
        table.rows = parallelArray(paragraphs.count) { row in
            let paragraph = paragraphs[row]
            var cells = labelFiles ? [paragraph.file ?? ""] : []
            cells += [
                String(paragraph.paragraph), String(paragraph.words), String(paragraph.sentences), String(paragraph.characters),
                paragraph.readingGrade.value.map { FixedPoint.text($0, places: 0) } ?? "",
                Self.terms(paragraph.topTerms, weights: weights), paragraph.firstWords,
            ]
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
        ]
        return SummaryBlock(title: title, items: items).lines(markdown: markdown)
    }

    /// `a, b, c`, or with weights `a:0.512 b:0.301` (machine-readable views).
    private static func terms(_ terms: [WeightedTerm], weights: Bool) -> String {
        weights
            ? terms.map { "\($0.term):\(FixedPoint.text($0.weight, places: 4))" }.joined(separator: " ")
            : terms.map(\.term).joined(separator: ", ")
    }
}
