import TenorSupport
/// The `tenor tone` pipeline: every paragraph (or each sentence of it) scored in parallel, then
/// counted per label, per file and overall.
///
///     let tone = ToneAnalysis().report([Document(name: "review", string: "Not bad at all.")])
///     tone.paragraphs[0].label // .positive
public struct ToneAnalysis: Sendable {
    public let options: ToneOptions
    /// The engine's rules over the chosen lexicons, built once.
    private let scorer: ToneScorer

    public init(options: ToneOptions = .default) {
        self.options = options
        scorer = ToneScorer(lexicons: options.chosenLexicons, rules: options.engine.rules)
    }

    private var sentences: Bool { options.sentences }
    private var explainedWords: Int { options.explainedWords }

    /// Scores every paragraph of `documents`.
    ///
    /// - Complexity: O(n) in the total text length, spread over the available cores.
    public func report(_ documents: [Document]) -> ToneReport {
        let labelFiles = documents.count > 1
        let paragraphs = documents.numberedParagraphs
        let (scorer, explainedWords) = (scorer, explainedWords)
        let file: @Sendable (Int) -> String? = { labelFiles ? documents[$0].name : nil }
        let tone: @Sendable (_ text: TextBytes, _ document: Int, _ paragraph: Int, _ sentence: Int?, _ range: Range<Int>) -> UnitTone = {
            text, document, paragraph, sentence, range in
            guard explainedWords > 0 else {
                return UnitTone(file: file(document), paragraph: paragraph, sentence: sentence, scores: scorer.scores(of: text, in: range))
            }
            let (scores, words) = scorer.explanation(of: text, in: range, words: explainedWords)
            return UnitTone(file: file(document), paragraph: paragraph, sentence: sentence, scores: scores, explain: words)
        }
        let units: [UnitTone]
        // How many units each document gave.
        var counts: [Int]
        if sentences {
            let chunks = balancedChunks(of: paragraphs)
            let splitter = SentenceSplitter()
            let scored = parallelMap(chunks.count) { chunk in
                var units: [(document: Int, tone: UnitTone)] = []
                for run in documentRuns(chunks[chunk], of: paragraphs) {
                    let text = documents[run.document].text
                    for row in run.rows {
                        let (document, number, range) = paragraphs[row]
                        for (index, sentence) in splitter.sentences(in: text, range: range).enumerated() {
                            units.append((document, tone(text, document, number, index + 1, sentence)))
                        }
                    }
                }
                return units
            }.flatMap { $0 }
            units = scored.map(\.tone)
            counts = [Int](repeating: 0, count: documents.count)
            for unit in scored { counts[unit.document] += 1 }
        } else {
            // One unit per paragraph, written in place (no per-chunk arrays to concatenate), in
            // many chunks of equal bytes so that a core slowed by other work holds no one up.
            let chunks = balancedChunks(of: paragraphs)
            units = [UnitTone](unsafeUninitializedCapacity: paragraphs.count) { buffer, count in
                let target = DisjointWrites(buffer)
                _ = parallelMap(chunks.count) { chunk in
                    for run in documentRuns(chunks[chunk], of: paragraphs) {
                        let text = documents[run.document].text
                        for row in run.rows {
                            let (document, number, range) = paragraphs[row]
                            (target.buffer.baseAddress! + row).initialize(to: tone(text, document, number, nil, range))
                        }
                    }
                }
                count = paragraphs.count
            }
            counts = documents.map(\.paragraphs.count)
        }

        var files: [ToneSummary]?
        if labelFiles {
            // Units come in document order: each file's are one run.
            var start = 0
            files = documents.indices.map { document in
                defer { start += counts[document] }
                return ToneSummary(file: documents[document].name, units: units[start..<(start + counts[document])])
            }
        }
        return ToneReport(engine: options.engine, lexicons: options.chosenLexicons.map(\.name), paragraphs: units,
                          summary: ToneSummary(file: nil, units: units[...]), files: files)
    }
}
