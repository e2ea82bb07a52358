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
        let scores = ReadabilityScores(counts.readability)
        // The numbers are written into a buffer on the stack and appended at once: an append of
        // each byte would check the array's uniqueness and capacity every time.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.numbersLength) { line in
            let start = line.baseAddress!
            var end = start
            func put(_ byte: UInt8) {
                end.initialize(to: byte)
                end += 1
            }
            end += FixedPoint.write(paragraphsBefore + index + 1, at: end)
            put(separator)
            end += FixedPoint.write(counts.words, at: end)
            put(separator)
            end += FixedPoint.write(counts.sentences, at: end)
            put(separator)
            end += FixedPoint.write(counts.syllables, at: end)
            for score in StatisticsView.scores {
                put(separator)
                if let value = score.score(scores).value { end += FixedPoint.write(value, places: 2, at: end) }
            }
            put(0x0A)
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// Room for a line's numbers: ten of them, with their separators and the line feed.
    private static let numbersLength = 11 * FixedPoint.width
}
