/// The `tenor stats` pipeline: each paragraph counted (in parallel), scored, and totalled;
/// with details, also lexical diversity, each paragraph's key terms against the rest of its
/// file, and the most frequent terms.
public struct StatisticsAnalysis: Sendable {
    public let syllableCounter: SyllableCounter
    /// Compute lexical diversity, keyness and frequency too (they cost a second pass).
    public let details: Bool
    public let keyTermsPerParagraph = 5
    public let frequentTermsPerSummary = 20

    public init(syllableCounter: SyllableCounter = .english, details: Bool = true) {
        self.syllableCounter = syllableCounter
        self.details = details
    }

    /// Terms for keyness and frequency: Tenor's words, English stop words left out, counted.
    static let termOptions = try! VectorizerOptions(tokenPattern: .words, stopWords: .english, weighting: .counts)

    /// Counts and scores every paragraph of `documents` (in parallel), then totals them.
    public func report(_ documents: [Document]) -> StatisticsReport {
        let labelFiles = documents.count > 1
        let paragraphs = documents.enumerated().flatMap { index, document in
            document.paragraphs.enumerated().map { (document: index, number: $0.offset + 1, range: $0.element) }
        }
        let (syllableCounter, details) = (syllableCounter, details)
        let chunks = balancedRanges(count: paragraphs.count, parts: 4 * availableWorkers) { paragraphs[$0].range.count }
        // Per chunk: the rows, and what the summaries need (counts, word types) kept apart, so
        // the large row values are moved into the report once instead of copied around.
        let chunkResults = parallelMap(chunks.count) { chunk -> (rows: [TextStatistics], measured: [Measured]) in
            var rows: [TextStatistics] = []
            var measured: [Measured] = []
            rows.reserveCapacity(chunks[chunk].count)
            measured.reserveCapacity(chunks[chunk].count)
            for row in chunks[chunk] {
                let (document, number, range) = paragraphs[row]
                let counts = TextCounts(range, in: documents[document].text, syllableCounter: syllableCounter)
                let file = labelFiles ? documents[document].name : nil
                var statistics = TextStatistics(file: file, paragraph: number, paragraphs: 1, counts: counts)
                let types = details ? WordTypes.sequence(range, in: documents[document].text) : []
                if details { statistics.lexicalDiversity = LexicalDiversityScores(LexicalDiversity(ofTypes: types)) }
                rows.append(statistics)
                measured.append(Measured(counts: counts, types: types))
            }
            return (rows, measured)
        }
        var rows = chunkResults.flatMap(\.rows)
        let measured = chunkResults.flatMap(\.measured)

        // Each file's term counts: its paragraphs' key terms, and its most frequent terms.
        let termMatrices = details ? parallelMap(documents.count) { index in
            try? Vectorizer(options: Self.termOptions).fitTransform([documents[index]]).matrix
        } : []
        var files: [TextStatistics] = []
        var allFrequencies: [[TermFrequency]] = []
        var first = 0
        for (index, document) in documents.enumerated() {
            let range = first..<(first + document.paragraphs.count)
            let frequencies = details ? termMatrices[index].map { $0.mostFrequentTerms(limit: $0.columns) } ?? [] : []
            allFrequencies.append(frequencies)
            files.append(summary(of: measured[range], file: document.name,
                                 frequentTerms: details ? Array(frequencies.prefix(frequentTermsPerSummary)) : nil))
            if details {
                let keyness = termMatrices[index].map { Keyness().keyTerms($0, limit: keyTermsPerParagraph) }
                for row in range {
                    rows[row].keyTerms = keyness?[row - first] ?? .unavailable(reason: "the file has no terms")
                }
            }
            first = range.upperBound
        }
        return StatisticsReport(
            paragraphs: rows,
            summary: summary(of: measured[...], file: nil, frequentTerms: details ? Self.merged(allFrequencies, limit: frequentTermsPerSummary) : nil),
            files: labelFiles ? files : nil)
    }

    /// What the summaries need of a paragraph: its counts, and its word types for lexical diversity.
    private struct Measured: Sendable {
        var counts: TextCounts
        var types: [UInt64]
    }

    private func summary(of rows: ArraySlice<Measured>, file: String?, frequentTerms: [TermFrequency]?) -> TextStatistics {
        var statistics = TextStatistics(file: file, paragraph: nil, paragraphs: rows.count,
                                        counts: rows.reduce(TextCounts()) { $0 + $1.counts })
        if details {
            statistics.lexicalDiversity = LexicalDiversityScores(LexicalDiversity(ofTypes: Array(rows.lazy.flatMap(\.types))))
        }
        statistics.frequentTerms = frequentTerms
        return statistics
    }

    /// The most frequent terms over several files: counts and document frequencies added up.
    private static func merged(_ lists: [[TermFrequency]], limit: Int) -> [TermFrequency] {
        guard lists.count > 1 else { return Array((lists.first ?? []).prefix(limit)) }
        var totals: [String: (count: Int, documents: Int)] = [:]
        for term in lists.joined() {
            totals[term.term, default: (0, 0)].count += term.count
            totals[term.term, default: (0, 0)].documents += term.documentFrequency
        }
        return totals.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(limit).map { TermFrequency(term: $0.key, count: $0.value.count, documentFrequency: $0.value.documents) }
    }
}
