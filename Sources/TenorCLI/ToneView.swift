import Tenor
import TenorSupport

/// How a ``ToneReport`` looks in each output format.
struct ToneView: ParagraphReportView {
    let report: ToneReport
    var ids: ParagraphIDs? = nil
    /// Whether sentences were scored (a `sentence` column): said, not seen in the rows, since
    /// a block may have none.
    var sentences = false
    /// Add the `explain` column: the words that moved each score most.
    var explain = false

    /// The per-unit columns, `file` first when several files were read, `sentence` when
    /// sentences were scored, `explain` last when asked for.
    private var columnNames: [String] {
        (report.files != nil ? ["file"] : []) + ["paragraph"] + (sentences ? ["sentence"] : [])
            + ["compound", "positive", "neutral", "negative", "label"] + (explain ? ["explain"] : [])
    }

    func table(forMachines: Bool) -> Table {
        let names = columnNames
        var table = Table(columns: names.map {
            $0 == "file" ? .files($0) : .init(name: $0, alignment: ["label", "explain"].contains($0) ? .left : .right, shrinkable: $0 == "explain")
        })
        let (units, labelFiles, sentences, explain) = (report.paragraphs, report.files != nil, sentences, explain)
        table.rows = parallelArray(units.count) {
            Self.cells(units[$0], labelFiles: labelFiles, sentences: sentences)
                + (explain ? [Self.explanation(units[$0].explain ?? [], forMachines: forMachines)] : [])
        }
        return table
    }

    /// The words that moved a score, strongest first: `superb +3.1, weak −0.9` for a reader
    /// (one decimal, a true minus sign), `superb:+3.1000 weak:-0.9250` in CSV and TSV (four
    /// decimals, as the JSON has them, space-separated like the report's `top_terms`).
    static func explanation(_ words: [WordContribution], forMachines: Bool) -> String {
        words.map { word in
            let magnitude = FixedPoint.text(abs(word.contribution), places: forMachines ? 4 : 1)
            let sign = word.contribution < 0 ? (forMachines ? "-" : "\u{2212}") : "+"
            return forMachines ? "\(word.word):\(sign)\(magnitude)" : "\(word.word) \(sign)\(magnitude)"
        }.joined(separator: forMachines ? " " : ", ")
    }

    /// CSV and TSV written line by line into one buffer each, without cells (a corpus has
    /// 100,000s of rows).
    func delimitedLines(csv: Bool) -> [String] {
        let separator: UInt8 = csv ? 0x2C : 0x09
        let field = csv ? DelimitedRenderer.csvField : DelimitedRenderer.tsvField
        let header = columnNames.joined(separator: String(UnicodeScalar(separator)))
        let (units, labelFiles, explain) = (report.paragraphs, report.files != nil, explain)
        return parallelArray(units.count + 1) { index in
            guard index > 0 else { return header }
            let unit = units[index - 1]
            let file = labelFiles ? field(unit.file ?? "") : ""
            let explanation = explain ? field(Self.explanation(unit.explain ?? [], forMachines: true)) : ""
            // Written straight into the line's string: no cells, no array of bytes.
            return LineWriter.line(capacity: file.utf8.count + explanation.utf8.count + 6 * FixedPoint.width + 16) { line in
                if labelFiles {
                    line.append(file)
                    line.append(separator)
                }
                line.append(unit.paragraph)
                if let sentence = unit.sentence {
                    line.append(separator)
                    line.append(sentence)
                }
                for (value, places) in [(unit.compound, 4), (unit.positive, 3), (unit.neutral, 3), (unit.negative, 3)] {
                    line.append(separator)
                    line.append(value, places: places)
                }
                line.append(separator)
                line.append(unit.label.rawValue)
                if explain {
                    line.append(separator)
                    line.append(explanation)
                }
            }
        }
    }

    /// One unit's cells: compound with 4 decimals and the shares with 3, as vaderSentiment rounds.
    private static func cells(_ unit: UnitTone, labelFiles: Bool, sentences: Bool) -> [String] {
        (labelFiles ? [unit.file ?? ""] : []) + [String(unit.paragraph)] + (sentences ? [String(unit.sentence ?? 0)] : []) + [
            FixedPoint.text(unit.compound, places: 4), FixedPoint.text(unit.positive, places: 3),
            FixedPoint.text(unit.neutral, places: 3), FixedPoint.text(unit.negative, places: 3), unit.label.rawValue,
        ]
    }

    func summaryLines(markdown: Bool) -> [String] {
        summaryBlocks(report.summary, files: report.files, fileName: \.file) { summaryLines($0, title: $1, markdown: markdown) }
    }

    private func summaryLines(_ summary: ToneSummary, title: String, markdown: Bool) -> [String] {
        let unitName = sentences ? "sentences" : "paragraphs"
        func place(_ unit: UnitTone?) -> String {
            guard let unit else { return "—" }
            let file = summary.file == nil ? unit.file.map { "\($0) " } ?? "" : ""
            let sentence = unit.sentence.map { ", sentence \($0)" } ?? ""
            return "\(file)paragraph \(unit.paragraph)\(sentence) (\(FixedPoint.text(unit.compound, places: 4)))"
        }
        // Engine and lexicons are the same for every file: said once, in the first block.
        let setup = summary.file == nil
            ? [("engine", report.engine.rawValue), ("lexicons", report.lexicons.joined(separator: ", "))] : []
        let items: [(String, String)] = setup + [
            (unitName, "\(summary.units)"),
            ("positive", "\(summary.positive)"),
            ("neutral", "\(summary.neutral)"),
            ("negative", "\(summary.negative)"),
            ("mean compound", summary.meanCompound.map { FixedPoint.text($0, places: 4) } ?? "—"),
            ("most positive", place(summary.mostPositive)),
            ("most negative", place(summary.mostNegative)),
        ]
        return SummaryBlock(title: title, items: items).lines(markdown: markdown)
    }
}
