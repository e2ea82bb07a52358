import Tenor
import TenorSupport

/// How a ``StatisticsReport`` looks in each output format.
struct StatisticsView: ParagraphReportView {
    let report: StatisticsReport
    var ids: ParagraphIDs? = nil

    /// The scores shown in the tables, with their column names. (Functions, not key paths: a
    /// key-path read costs more than the rest of a cell, for every cell of a corpus.)
    static let scores: [(name: String, score: @Sendable (ReadabilityScores) -> Score)] = [
        ("flesch_reading_ease", { $0.fleschReadingEase }),
        ("flesch_kincaid_grade", { $0.fleschKincaidGrade }),
        ("gunning_fog", { $0.gunningFog }),
        ("smog", { $0.smog }),
        ("coleman_liau", { $0.colemanLiau }),
        ("ari", { $0.automatedReadabilityIndex }),
    ]

    func table(forMachines: Bool) -> Table {
        let missing = forMachines ? "" : "—"
        let labelFiles = report.files != nil
        var table = Table(columns: Self.columnNames(labelFiles: labelFiles).map {
            $0 == "file" ? .files($0) : .init(name: $0, alignment: .right, hidingRank: Self.hidingOrder.firstIndex(of: $0))
        })
        let paragraphs = report.paragraphs
        table.rows = parallelArray(paragraphs.count) { row in
            let paragraph = paragraphs[row]
            var cells = labelFiles ? [paragraph.file ?? ""] : []
            cells += Self.counts(of: paragraph).map { String($0) }
            cells += Self.scores.map { Self.text($0.score(paragraph.readability), missing: missing) }
            return cells
        }
        return table
    }

    /// The columns a narrow terminal's table hides, first to last: counts before the scores,
    /// the best-known formulas (Flesch, Flesch–Kincaid) kept longest.
    private static let hidingOrder = ["syllables", "sentences", "words", "smog", "ari", "coleman_liau", "gunning_fog"]

    /// The per-paragraph columns of every view, `file` first when several files were read.
    static func columnNames(labelFiles: Bool) -> [String] {
        (labelFiles ? ["file"] : []) + ["paragraph", "words", "sentences", "syllables"] + scores.map(\.name)
    }

    /// The count columns' values, in `columnNames` order.
    private static func counts(of paragraph: TextStatistics) -> [Int] {
        [paragraph.paragraph ?? 0, paragraph.words, paragraph.sentences, paragraph.syllables]
    }

    private static func text(_ score: Score, missing: String) -> String {
        score.value.map { FixedPoint.text($0, places: 2) } ?? missing
    }

    func summaryLines(markdown: Bool) -> [String] {
        summaryBlocks(report.summary, files: report.files, fileName: \.file) { summaryLines($0, title: $1, markdown: markdown) }
    }

    private func summaryLines(_ summary: TextStatistics, title: String, markdown: Bool) -> [String] {
        func mean(_ value: Double?) -> String { value.map { FixedPoint.text($0, places: 2) } ?? "—" }
        let scores = summary.readability
        var items: [(String, String)] = [
            ("paragraphs", "\(summary.paragraphs)"),
            ("sentences", "\(summary.sentences)"),
            ("words", "\(summary.words)"),
            ("syllables", "\(summary.syllables)"),
            ("polysyllabic words", "\(summary.polysyllabicWords)"),
            ("long words (7+ letters)", "\(summary.longWords)"),
            ("words per sentence", mean(summary.meanSentenceLength)),
            ("syllables per word", mean(summary.meanSyllablesPerWord)),
            ("letters per word", mean(summary.meanWordLength)),
        ] + Self.scores.map { ($0.name.replacingAll("_", with: " "), Self.text($0.score(scores), missing: "—")) } + [
            ("linsear write", Self.text(scores.linsearWrite, missing: "—")),
            ("consensus grade", Self.text(scores.consensusGrade, missing: "—")),
        ]
        if let diversity = summary.lexicalDiversity {
            items += [
                ("type-token ratio", Self.text(diversity.typeTokenRatio, missing: "—")),
                ("MATTR (50 words)", Self.text(diversity.movingAverageTypeTokenRatio, missing: "—")),
                ("MTLD", Self.text(diversity.measureOfTextualLexicalDiversity, missing: "—")),
                ("Yule's K", Self.text(diversity.yulesK, missing: "—")),
            ]
        }
        if let frequent = summary.frequentTerms {
            items.append(("frequent terms", frequent.prefix(10).map { "\($0.term) (\($0.count))" }.joined(separator: ", ")))
        }
        return SummaryBlock(title: title, items: items).lines(markdown: markdown)
    }
}
