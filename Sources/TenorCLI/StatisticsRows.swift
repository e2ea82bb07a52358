import Tenor

/// `tenor stats`'s CSV or TSV rows for one block, written straight from each paragraph's counts
/// into bytes on the thread that counted it: no ``TextStatistics``, no cells, no `String` per row
/// (a corpus has 100,000s of rows). The same lines as ``StatisticsView`` gives for the report.
struct StatisticsRows: Sendable {
    private let separator: UInt8
    /// The `file` field and its separator, when rows name their files.
    private let fileField: [UInt8]
    /// The records' ids, one a paragraph (structured input with `--id-field`).
    private let ids: [String]?
    private let idField: @Sendable (String) -> String
    /// How many paragraphs of the block's file came before it.
    private let paragraphsBefore: Int

    /// Rows of a block of `file` (nil when rows do not name their files), whose first paragraph
    /// follows `paragraphsBefore` of its file.
    init(csv: Bool, file: String?, ids: [String]?, paragraphsBefore: Int) {
        let (separator, field): (UInt8, @Sendable (String) -> String) = csv
            ? (0x2C, DelimitedRenderer.csvField) : (0x09, DelimitedRenderer.tsvField)
        (self.separator, idField) = (separator, field)
        fileField = file.map { Array(field($0).utf8) + [separator] } ?? []
        self.ids = ids
        self.paragraphsBefore = paragraphsBefore
    }

    /// The header line: an `id` column first when there are ids, then ``StatisticsView``'s columns.
    static func header(csv: Bool, labelFiles: Bool, ids: Bool) -> String {
        ((ids ? ["id"] : []) + StatisticsView.columnNames(labelFiles: labelFiles)).joined(separator: csv ? "," : "\t")
    }

    /// Appends the line of the block's paragraph `index` (0-based), which has `counts`.
    func append(paragraph index: Int, _ counts: TextCounts, to bytes: inout [UInt8]) {
        if let ids {
            bytes.append(contentsOf: idField(ids[index]).utf8)
            bytes.append(separator)
        }
        bytes.append(contentsOf: fileField)
        FixedPoint.append(paragraphsBefore + index + 1, to: &bytes)
        bytes.append(separator)
        FixedPoint.append(counts.words, to: &bytes)
        bytes.append(separator)
        FixedPoint.append(counts.sentences, to: &bytes)
        bytes.append(separator)
        FixedPoint.append(counts.syllables, to: &bytes)
        let scores = ReadabilityScores(counts.readability)
        for score in StatisticsView.scores {
            bytes.append(separator)
            if let value = score.score(scores).value { FixedPoint.append(value, places: 2, to: &bytes) }
        }
        bytes.append(0x0A)
    }
}
