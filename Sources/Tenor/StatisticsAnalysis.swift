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

    /// Terms for keyness and frequency: Tenor's words, English stop words left out, counted.
    static let termOptions = try! VectorizerOptions(tokenPattern: .words, stopWords: .english, weighting: .counts)

    /// Counts and scores every paragraph of `documents` (in parallel), then totals them.
    public func report(_ documents: [Document]) -> StatisticsReport {
        let labelFiles = documents.count > 1
        var (rows, measured) = measure(documents, rowDetails: details)
        // Each file's term counts: its paragraphs' key terms, and its most frequent terms.
        let termMatrices = details ? parallelMap(documents.count) { Self.termMatrix(documents[$0]) } : []
        var all = StatisticsTally(file: nil, options: options)
        var files: [TextStatistics] = []
        var first = 0
        for (index, document) in documents.enumerated() {
            let range = first..<(first + document.paragraphs.count)
            let frequencies = details ? termMatrices[index].map { $0.mostFrequentTerms(limit: $0.columns) } ?? [] : []
            var file = StatisticsTally(file: document.name, options: options)
            for row in range {
                all.add(measured[row].counts, types: measured[row].types)
                if labelFiles { file.add(measured[row].counts, types: measured[row].types) }
            }
            all.add(frequencies)
            if labelFiles {
                file.add(frequencies)
                files.append(file.summary)
            }
            if details {
                let keyness = termMatrices[index].map { Keyness().keyTerms($0, limit: keyTermsPerParagraph) }
                for row in range {
                    rows[row].keyTerms = keyness?[row - first] ?? .unavailable(reason: Self.noTermsInFile)
                }
            }
            first = range.upperBound
        }
        return StatisticsReport(paragraphs: rows, summary: all.summary,
                                files: labelFiles ? files : nil)
    }

    /// Counts and scores the paragraphs of one block of a longer input, for a report written
    /// block by block with running totals. The rows are numbered within the block, without a
    /// file. Given `file`, the counts of the block's whole file gathered in a first pass
    /// (``termTotals(of:into:)``), they have lexical diversity and key terms (which weigh a
    /// paragraph against its whole file) as ``report(_:)`` gives them; without, neither. Every
    /// paragraph, with its terms when details were asked for, is added to each of `tallies`.
    public func rows(of block: Document, keyTermsWithin file: KeynessTotals? = nil,
                     tallying tallies: inout [StatisticsTally]) -> [TextStatistics] {
        var (rows, measured) = measure([block], rowDetails: file != nil)
        for index in tallies.indices {
            for paragraph in measured { tallies[index].add(paragraph.counts, types: paragraph.types) }
        }
        guard details else { return rows }
        let matrix = Self.termMatrix(block)
        if let matrix {
            let frequencies = matrix.mostFrequentTerms(limit: matrix.columns)
            for index in tallies.indices { tallies[index].add(frequencies) }
        }
        if let file {
            let keyness = matrix.map { Keyness().keyTerms($0, within: file, limit: keyTermsPerParagraph) }
            for row in rows.indices {
                rows[row].keyTerms = keyness?[row] ?? .unavailable(reason: Self.keyTermsMissing(file))
            }
        }
        return rows
    }

    /// Why the paragraphs of a block without terms have no key terms: as the whole file's
    /// matrix would say.
    private static func keyTermsMissing(_ file: KeynessTotals) -> String {
        if file.terms == 0 { return noTermsInFile }
        return file.paragraphs > 1 ? Keyness.noTerms : Keyness.oneParagraph
    }

    static let noTermsInFile = "the file has no terms"

    /// Adds the term counts of one block to its file's `totals`: the first pass of a file read
    /// twice, so that its rows' key terms can be written block by block in the second.
    public static func termTotals(of block: Document, into totals: inout KeynessTotals) {
        if let matrix = Self.termMatrix(block) {
            totals.add(matrix)
        } else {
            totals.add(paragraphsWithoutTerms: block.paragraphs.count)
        }
    }

    /// The counts of a document's terms, a row a paragraph; nil when it has no term at all.
    /// (`termOptions` keep every term, so fitting fails for nothing else.)
    private static func termMatrix(_ document: Document) -> TermMatrix? {
        try! Vectorizer(options: termOptions).fitTransformIfAnyTerm([document])?.matrix
    }

    /// Every paragraph's row and what the summaries need of it, counted in parallel; with
    /// `rowDetails`, each row has its lexical diversity. Word types are kept when details were
    /// asked for.
    private func measure(_ documents: [Document], rowDetails: Bool) -> (rows: [TextStatistics], measured: [Measured]) {
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
        let rows = [TextStatistics](unsafeUninitializedCapacity: paragraphs.count) { rowBuffer, rowCount in
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
                            if rowDetails { statistics.lexicalDiversity = LexicalDiversityScores(LexicalDiversity(ofTypes: types)) }
                            (rowTarget.buffer.baseAddress! + row).initialize(to: statistics)
                            (measuredTarget.buffer.baseAddress! + row).initialize(to: Measured(counts: counts, types: types))
                        }
                    }
                }
                measuredCount = paragraphs.count
            }
            rowCount = paragraphs.count
        }
        return (rows, measured)
    }

    /// What the summaries need of a paragraph: its counts, and its word types for lexical diversity.
    private struct Measured: Sendable {
        var counts: TextCounts
        var types: [UInt64]
    }
}
