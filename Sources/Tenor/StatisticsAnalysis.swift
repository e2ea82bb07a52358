/// The `tenor stats` pipeline: each paragraph counted (in parallel), scored, and totalled.
public struct StatisticsAnalysis: Sendable {
    public let syllableCounter: SyllableCounter

    public init(syllableCounter: SyllableCounter = .english) {
        self.syllableCounter = syllableCounter
    }

    /// Counts and scores every paragraph of `documents` (in parallel), then totals them.
    public func report(_ documents: [Document]) -> StatisticsReport {
        let labelFiles = documents.count > 1
        let paragraphs = documents.enumerated().flatMap { index, document in
            document.paragraphs.enumerated().map { (document: index, number: $0.offset + 1, range: $0.element) }
        }
        let syllableCounter = syllableCounter
        let chunks = balancedRanges(count: paragraphs.count, parts: 4 * availableWorkers) { paragraphs[$0].range.count }
        let measured = parallelMap(chunks.count) { chunk in
            chunks[chunk].map { row -> (counts: TextCounts, statistics: TextStatistics) in
                let (document, number, range) = paragraphs[row]
                let counts = TextCounts(range, in: documents[document].text, syllableCounter: syllableCounter)
                let file = labelFiles ? documents[document].name : nil
                return (counts, TextStatistics(file: file, paragraph: number, paragraphs: 1, counts: counts))
            }
        }.flatMap { $0 }

        var files: [TextStatistics] = []
        var first = 0
        for document in documents {
            let rows = measured[first..<(first + document.paragraphs.count)]
            files.append(TextStatistics(file: document.name, paragraph: nil, paragraphs: rows.count,
                                        counts: rows.reduce(TextCounts()) { $0 + $1.counts }))
            first += rows.count
        }
        return StatisticsReport(
            paragraphs: measured.map(\.statistics),
            summary: TextStatistics(file: nil, paragraph: nil, paragraphs: measured.count,
                                    counts: measured.reduce(TextCounts()) { $0 + $1.counts }),
            files: labelFiles ? files : nil)
    }
}
