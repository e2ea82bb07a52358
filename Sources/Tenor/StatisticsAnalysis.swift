/// The `tenor stats` pipeline: each paragraph counted (in parallel), scored, and totalled.
public struct StatisticsAnalysis: Sendable {
    public let syllableCounter: SyllableCounter

    public init(syllableCounter: SyllableCounter = .english) {
        self.syllableCounter = syllableCounter
    }

    /// The counts of every paragraph of `documents`, in order.
    public func counts(_ documents: [Document]) -> [TextCounts] {
        let paragraphs = documents.enumerated().flatMap { index, document in
            document.paragraphs.map { (document: index, range: $0) }
        }
        let syllableCounter = syllableCounter
        let chunks = balancedRanges(count: paragraphs.count, parts: 4 * availableWorkers) { paragraphs[$0].range.count }
        return parallelMap(chunks.count) { chunk in
            chunks[chunk].map { row in
                let (document, range) = paragraphs[row]
                return TextCounts(range, in: documents[document].text, syllableCounter: syllableCounter)
            }
        }.flatMap { $0 }
    }

    public func report(_ documents: [Document]) -> StatisticsReport {
        let counts = counts(documents)
        let labelFiles = documents.count > 1
        var rows: [TextStatistics] = []
        var files: [TextStatistics] = []
        var row = 0
        for document in documents {
            var fileTotal = TextCounts()
            for paragraph in document.paragraphs.indices {
                rows.append(TextStatistics(file: labelFiles ? document.name : nil, paragraph: paragraph + 1,
                                           paragraphs: 1, counts: counts[row]))
                fileTotal = fileTotal + counts[row]
                row += 1
            }
            files.append(TextStatistics(file: document.name, paragraph: nil, paragraphs: document.paragraphs.count,
                                        counts: fileTotal))
        }
        let total = counts.reduce(TextCounts(), +)
        return StatisticsReport(
            paragraphs: rows,
            summary: TextStatistics(file: nil, paragraph: nil, paragraphs: counts.count, counts: total),
            files: labelFiles ? files : nil)
    }
}
