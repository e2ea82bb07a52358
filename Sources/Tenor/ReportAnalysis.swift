import TenorSupport
/// The `tenor report` pipeline: counts, reading grade, tone, distinctive terms and nearest
/// paragraph for every paragraph, then summaries per file and overall.
///
///     let report = try ReportAnalysis().report([Document(name: "article", string: text)])
public struct ReportAnalysis: Sendable {
    public let options: ReportOptions
    /// Hears of each stage and of the nearest-paragraph search's rows; nil costs nothing.
    public let progress: AnalysisProgressHandler?

    public init(options: ReportOptions = .default, progress: AnalysisProgressHandler? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Measures every paragraph of `documents` (weighting terms over all of them together).
    ///
    /// - Throws: what the vectorizer options throw when they leave no term; text with no term
    ///   at all is no error: its paragraphs have no top terms.
    public func report(_ documents: [Document]) throws(VectorizerError) -> Report {
        try reportWithTerms(documents).report
    }

    /// ``report(_:)`` and the TF-IDF matrix it weighed the terms with (a row per paragraph; nil
    /// when the text holds no term), for a caller that shows more of it (the HTML report's
    /// similarity map) without weighing the terms again.
    public func reportWithTerms(_ documents: [Document]) throws(VectorizerError) -> (report: Report, terms: TermMatrix?) {
        let paragraphs = documents.numberedParagraphs
        let openingWordCount = options.openingWords
        progress?(.began(.counting, units: paragraphs.count))
        let counts = parallelArray(paragraphs.count) { row in
            let (document, _, range) = paragraphs[row]
            return ParagraphCounts(range, of: documents[document], openingWordCount: openingWordCount)
        }
        progress?(.began(.weighing, units: paragraphs.count))
        let terms = try Vectorizer(options: options.vectorizer).fitTransformIfAnyTerm(documents)?.matrix
        let scorer = options.tone
        progress?(.began(.scoring, units: paragraphs.count))
        let tones = parallelArray(paragraphs.count) { row in
            scorer.scores(of: documents[paragraphs[row].document].text, in: paragraphs[row].range)
        }
        if options.profiler != nil { progress?(.began(.profiling, units: paragraphs.count)) }
        let profiles = options.profiler?.profiles(of: documents)
        let labelFiles = documents.count > 1
        if terms != nil, options.nearest != .none { progress?(.began(.searching, units: paragraphs.count)) }
        let nearest = options.nearest.neighbors(of: terms, progress: rowsDone(progress))
        progress?(.began(.summarizing, units: paragraphs.count))
        let topTermCount = options.topTermsPerParagraph
        let rows = parallelArray(paragraphs.count) { row in
            ParagraphReport(
                file: labelFiles ? documents[paragraphs[row].document].name : nil,
                paragraph: paragraphs[row].number,
                words: counts[row].counts.words, sentences: counts[row].counts.sentences,
                characters: counts[row].counts.characters,
                readingGrade: ReadabilityScores(counts[row].counts.readability).consensusGrade,
                topTerms: terms?.topTerms(ofRow: row, count: topTermCount)
                    .map { WeightedTerm(term: $0.term, weight: $0.weight) } ?? [],
                firstWords: counts[row].openingWords,
                tone: tones[row], lexiconProfile: profiles?.profile(ofParagraph: row),
                nearest: nearest?[row].map { neighbor in
                    NearestParagraph(
                        file: labelFiles ? documents[paragraphs[neighbor.index].document].name : nil,
                        paragraph: paragraphs[neighbor.index].number, score: neighbor.reportedScore)
                })
        }
        var firstRow = 0
        let files = documents.map { document in
            let rowsOfFile = firstRow..<(firstRow + document.paragraphs.count)
            firstRow = rowsOfFile.upperBound
            return summary(of: rowsOfFile, file: document.name, paragraphs: rows, counts: counts, terms: terms)
        }
        let report = Report(
            paragraphs: rows,
            summary: summary(of: 0..<paragraphs.count, file: nil, paragraphs: rows, counts: counts, terms: terms),
            files: labelFiles ? files : nil)
        return (report, terms)
    }

    private func summary(
        of rows: Range<Int>, file: String?, paragraphs: [ParagraphReport], counts: [ParagraphCounts], terms: TermMatrix?
    ) -> ReportSummary {
        let total = counts[rows].reduce(TextCounts()) { $0 + $1.counts }
        let keyTerms = terms?.summedWeights(ofRows: rows) ?? [:]
        let ranked = keyTerms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ReportSummary(
            file: file, paragraphs: rows.count, words: total.words, sentences: total.sentences,
            characters: total.characters,
            distinctTerms: keyTerms.count,
            meanWordsPerParagraph: rows.isEmpty ? 0 : Double(total.words) / Double(rows.count),
            readingGrade: ReadabilityScores(total.readability).consensusGrade,
            keyTerms: ranked.prefix(options.keyTermsPerSummary).map {
                WeightedTerm(term: terms!.vocabulary[$0.key], weight: $0.value)
            },
            tone: ToneSummary(file: file, units: paragraphs[rows].map {
                UnitTone(file: $0.file, paragraph: $0.paragraph, sentence: nil, scores: $0.tone)
            }[...]))
    }
}

extension TermMatrix {
    /// Column → sum of its weights over `rows`, for the columns present there.
    func summedWeights(ofRows rows: Range<Int>) -> [Int: Double] {
        var sums: [Int: Double] = [:]
        guard !rows.isEmpty else { return sums }
        for entry in values.rowOffsets[rows.lowerBound]..<values.rowOffsets[rows.upperBound] {
            sums[Int(values.columnIndices[entry]), default: 0] += values.values[entry]
        }
        return sums
    }
}
