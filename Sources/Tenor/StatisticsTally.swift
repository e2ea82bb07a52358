/// The summary of `tenor stats` kept as a running total: paragraphs are added one at a time, in
/// order, so rows counted block by block are summarised without being held. Added in a
/// report's order, they give that report's summary exactly.
///
/// Counts are a few integers. With details it also holds what lexical diversity needs: the
/// table of types, and every word's type number (MTLD also reads the words backwards), which
/// beyond 4 MiB of them goes to an unnamed temporary file, 4 bytes a word; and each term's
/// count and paragraphs (a table as large as the vocabulary).
public struct StatisticsTally: Sendable {
    private let file: String?
    /// How many of the most frequent terms the summary lists.
    private let frequentTermsListed: Int
    private var paragraphs = 0
    private var counts = TextCounts()
    /// With details: the word types in text order.
    private var types: LexicalDiversity.Builder<UInt64>?
    /// With details: each term's occurrences and the paragraphs holding it, by its UTF-8 bytes
    /// (string keys would merge canonically equivalent spellings the vocabulary keeps apart).
    private var terms: [[UInt8]: (count: Int, paragraphs: Int)]?

    /// The summary of `file` (nil: of all input), with the details `options` ask for.
    public init(file: String?, options: StatisticsOptions = .default) {
        self.file = file
        frequentTermsListed = options.frequentTermsPerSummary
        if options.details {
            types = LexicalDiversity.Builder(spillingToDisk: true)
            terms = [:]
        }
    }

    /// Adds a paragraph: its counts and, with details, its word types in order.
    mutating func add(_ counts: TextCounts, types: [UInt64]) {
        paragraphs += 1
        self.counts = self.counts + counts
        self.types?.append(contentsOf: types)
    }

    /// Adds the terms of paragraphs already added (with details), counted together.
    mutating func add(_ frequencies: [TermFrequency]) {
        guard terms != nil else { return }
        for term in frequencies {
            terms![Array(term.term.utf8), default: (0, 0)].count += term.count
            terms![Array(term.term.utf8), default: (0, 0)].paragraphs += term.documentFrequency
        }
    }

    /// The summary of everything added, with (when details were asked for) lexical diversity
    /// and the most frequent terms: by count, then in code-point order as a vocabulary's
    /// columns are.
    public var summary: TextStatistics {
        var statistics = TextStatistics(file: file, paragraph: nil, paragraphs: paragraphs, counts: counts)
        if let types { statistics.lexicalDiversity = LexicalDiversityScores(types.diversity) }
        if let terms {
            statistics.frequentTerms = terms.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.key.lexicographicallyPrecedes(b.key)
            }.prefix(frequentTermsListed).map { TermFrequency(term: String(decoding: $0.key, as: UTF8.self), count: $0.value.count, documentFrequency: $0.value.paragraphs) }
        }
        return statistics
    }
}
