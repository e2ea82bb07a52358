import Tenor

/// How a ``Report`` looks in each output format.
struct ReportView: ParagraphReportView {
    let report: Report

    /// One row per paragraph; the `file` column only when several files were read. The nearest
    /// paragraph (most similar by TF-IDF cosine) and its score are one cell for readers, two
    /// fields (`nearest`, `nearest_score`) for machines.
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
            .init(name: "nearest", alignment: labelFiles ? .left : .right),
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
                Self.terms(paragraph.topTerms, weights: weights), paragraph.firstWords,
            ]
            let nearest = paragraph.nearest.map { labelFiles ? "\($0.file ?? ""):\($0.paragraph)" : String($0.paragraph) } ?? ""
            let score = paragraph.nearest.map { FixedPoint.text($0.score, places: weights ? 6 : 2) } ?? ""
            cells += weights ? [nearest, score] : [paragraph.nearest == nil ? "" : "\(nearest) (\(score))"]
            return cells
        }
        return table
    }

    /// The totals as "name  value" lines under a title, for all input and then per file.
    func summaryLines(markdown: Bool) -> [String] {
        var lines = summaryLines(report.summary, title: "Summary: all input", markdown: markdown)
        for file in report.files ?? [] {
            lines += [""] + summaryLines(file, title: "Summary: \(file.file ?? "")", markdown: markdown)
        }
        return lines
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
