/// The `tenor tone` pipeline: every paragraph (or each sentence of it) scored in parallel, then
/// counted per label, per file and overall.
public struct ToneAnalysis: Sendable {
    public let engine: ToneEngine
    public let scorer: ToneScorer
    /// The names of the lexicons the scorer was built from.
    public let lexiconNames: [String]
    /// Score each sentence on its own (Tenor's sentence splitter) instead of each paragraph.
    public let sentences: Bool

    public init(engine: ToneEngine, scorer: ToneScorer, lexiconNames: [String], sentences: Bool = false) {
        self.engine = engine
        self.scorer = scorer
        self.lexiconNames = lexiconNames
        self.sentences = sentences
    }

    /// Scores every paragraph of `documents`.
    ///
    /// - Complexity: O(n) in the total text length, spread over the available cores.
    public func report(_ documents: [Document]) -> ToneReport {
        let labelFiles = documents.count > 1
        let paragraphs = documents.numberedParagraphs
        let (scorer, sentences) = (scorer, sentences)
        let chunks = balancedChunks(of: paragraphs)
        let splitter = SentenceSplitter()
        let scored = parallelMap(chunks.count) { chunk in
            var units: [(document: Int, tone: UnitTone)] = []
            units.reserveCapacity(chunks[chunk].count)
            for row in chunks[chunk] {
                let (document, number, range) = paragraphs[row]
                let text = documents[document].text
                let file = labelFiles ? documents[document].name : nil
                if sentences {
                    for (index, sentence) in splitter.sentences(in: text, range: range).enumerated() {
                        units.append((document, UnitTone(file: file, paragraph: number, sentence: index + 1,
                                                         scores: scorer.scores(of: text, in: sentence))))
                    }
                } else {
                    units.append((document, UnitTone(file: file, paragraph: number, sentence: nil,
                                                     scores: scorer.scores(of: text, in: range))))
                }
            }
            return units
        }.flatMap { $0 }
        let units = scored.map(\.tone)

        var files: [ToneSummary]?
        if labelFiles {
            // Units come in document order: each file's are one run.
            var start = 0
            files = documents.indices.map { document in
                var end = start
                while end < scored.count && scored[end].document == document { end += 1 }
                defer { start = end }
                return ToneSummary(file: documents[document].name, units: units[start..<end])
            }
        }
        return ToneReport(engine: engine, lexicons: lexiconNames, paragraphs: units,
                          summary: ToneSummary(file: nil, units: units[...]), files: files)
    }
}
