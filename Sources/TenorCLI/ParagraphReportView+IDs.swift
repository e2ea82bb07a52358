import Tenor
import TenorSupport

/// A report row that names its paragraph: its file (nil when only one was read) and its
/// 1-based number there, which is how its id is found.
protocol NumberedRow {
    var file: String? { get }
    var paragraphNumber: Int { get }
}

extension UnitTone: NumberedRow {
    var paragraphNumber: Int {
        get { paragraph }
        set { paragraph = newValue }
    }
}

extension ParagraphReport: NumberedRow {
    var paragraphNumber: Int { paragraph }
}

extension TextStatistics: NumberedRow {
    // A paragraph row always has its number; only totals have none.
    var paragraphNumber: Int {
        get { paragraph ?? 0 }
        set { paragraph = newValue }
    }
}

/// A row with its record's id: the row's own keys and `id`, sorted with them.
struct IdentifiedRow<Row: Encodable & Sendable>: Encodable, Sendable {
    let id: String
    let row: Row

    private enum CodingKeys: String, CodingKey { case id }

    func encode(to encoder: any Encoder) throws {
        try row.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
    }
}

extension ParagraphReportView where Report.Row: NumberedRow {
    /// The rows with their ids (`--id-field`).
    func identifiedRows(_ ids: ParagraphIDs) -> [IdentifiedRow<Report.Row>] {
        let rows = rows
        return parallelArray(rows.count) { IdentifiedRow(id: ids.id(file: rows[$0].file, paragraph: rows[$0].paragraphNumber), row: rows[$0]) }
    }

    /// ``ParagraphReportView/delimitedLines(csv:)`` (a header, then a line per row), with an `id`
    /// field first on every line when there are ids: the fast row writers serve structured
    /// input too, where corpora are largest.
    func identifiedDelimitedLines(csv: Bool) -> [String] {
        var lines = delimitedLines(csv: csv)
        guard let ids else { return lines }
        let field = csv ? DelimitedRenderer.csvField : DelimitedRenderer.tsvField
        let separator = csv ? "," : "\t"
        lines[0] = "id" + separator + lines[0]
        let rows = rows
        for row in rows.indices {
            lines[row + 1] = field(ids.id(file: rows[row].file, paragraph: rows[row].paragraphNumber)) + separator + lines[row + 1]
        }
        return lines
    }

    /// `table` with an `id` column first, one id a row (the table has one row per report row).
    func identified(_ table: Table, ids: ParagraphIDs) -> Table {
        var identified = Table(columns: [.init(name: "id", shrinkable: true)] + table.columns)
        identified.rows = zip(rows, table.rows).map { row, cells in
            [ids.id(file: row.file, paragraph: row.paragraphNumber)] + cells
        }
        return identified
    }
}
