import TenorSupport
/// The `tenor stats` pipeline: each paragraph counted (in parallel), scored, and totalled;
/// with details, also lexical diversity, each paragraph's key terms against the rest of its
/// file, and the most frequent terms.
///
///     let statistics = StatisticsAnalysis().report([Document(name: "article", string: text)])
public struct StatisticsAnalysis: Sendable {
    public let options: StatisticsOptions
    /// Shared by the copies of this analysis and kept from one ``report(_:)`` to the next, so a
    /// caller that reports block after block keeps each thread's memo of syllables warm.
    let counters: TextCounterPool

    public init(options: StatisticsOptions = .default) {
        self.options = options
        counters = TextCounterPool(syllableCounter: options.syllableCounter)
    }

    private var details: Bool { options.details }
    private var keyTermsPerParagraph: Int { options.keyTermsPerParagraph }
    private var frequentTermsPerSummary: Int { options.frequentTermsPerSummary }

    /// Terms for keyness and frequency: Tenor's words, English stop words left out, counted.
    static let termOptions = try! VectorizerOptions(tokenPattern: .words, stopWords: .english, weighting: .counts)

    /// Counts and scores every paragraph of `documents` (in parallel), then totals them.
    public func report(_ documents: [Document]) -> StatisticsReport {
        let labelFiles = documents.count > 1
        let paragraphs = documents.numberedParagraphs
        let (counters, details) = (counters, details)
        let chunks = balancedChunks(of: paragraphs)
        // Each chunk writes its rows, and what the summaries need, straight into its own slice
        // of the final arrays: concatenating per-chunk arrays of these large values would copy
        // every one of them again, on one thread.
        var measured: [Measured] = []
        // Both arrays are fresh memory, hundreds of bytes a paragraph: huge pages spare most of
        // the page faults of filling them.
        var rows = [TextStatistics](unsafeUninitializedCapacity: paragraphs.count) { rowBuffer, rowCount in
            HugePages.advise(rowBuffer)
            measured = [Measured](unsafeUninitializedCapacity: paragraphs.count) { measuredBuffer, measuredCount in
                HugePages.advise(measuredBuffer)
                let (rowTarget, measuredTarget) = (DisjointWrites(rowBuffer), DisjointWrites(measuredBuffer))
                _ = parallelMap(chunks.count) { chunk in
                    counters.withCounter { counter in
                        for row in chunks[chunk] {
                            let (document, number, range) = paragraphs[row]
                            let text = documents[document].text
                            let counts = counter.counts(range, in: text)
                            var statistics = TextStatistics(file: labelFiles ? documents[document].name : nil,
                                                            paragraph: number, paragraphs: 1, counts: counts)
                            let types = details ? WordTypes.sequence(range, in: text) : []
                            if details { statistics.lexicalDiversity = LexicalDiversityScores(LexicalDiversity(ofTypes: types)) }
                            (rowTarget.buffer.baseAddress! + row).initialize(to: statistics)
                            (measuredTarget.buffer.baseAddress! + row).initialize(to: Measured(counts: counts, types: types))
                        }
                    }
                }
                measuredCount = paragraphs.count
            }
            rowCount = paragraphs.count
        }

        // Each file's term counts: its paragraphs' key terms, and its most frequent terms.
        // `termOptions` keep every term, so fitting fails only for a file with no term at all
        // (nil here, "the file has no terms" below).
        let termMatrices = details ? parallelMap(documents.count) { index in
            try! Vectorizer(options: Self.termOptions).fitTransformIfAnyTerm([documents[index]])?.matrix
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
