import Testing
import Tenor

/// The statistics, tone and similarity pipelines called as a library user calls them, with
/// values worked out by hand.
@Suite struct PipelineTests {
    /// Counts over (apple, banana, cherry): P1 = (2, 1, 0), P2 = (1, 0, 1), P3 = (0, 2, 0);
    /// cos(P1, P2) = 2 / √10 = 0.632456, cos(P1, P3) = 2 / (√5 · 2) = 0.447214, P2 and P3 share
    /// nothing (the same corpus as the command's SimilarCommandTests).
    @Test func similarityScoresAreCosinesOfTheRows() throws {
        let options = try SimilarityOptions(vectorizer: try VectorizerOptions(weighting: .counts))
        let report = try SimilarityAnalysis(options: options)
            .report([Document(name: "fruit", string: "apple apple banana\n\napple cherry\n\nbanana banana")])
        #expect(report.paragraphs[0].neighbors.map(\.paragraph) == [2, 3])
        #expect(abs(report.paragraphs[0].neighbors[0].score - 2 / 10.0.squareRoot()) < 1e-6)
        #expect(abs(report.paragraphs[0].neighbors[1].score - 2 / (5.0.squareRoot() * 2)) < 1e-6)
        #expect(report.paragraphs[1].neighbors.map(\.paragraph) == [1])
    }

    /// A query is weighted by the searched paragraphs alone (scikit-learn's `transform`), and
    /// two sets searched together are both labelled by file.
    @Test func queriesAndOtherSetsAreSearched() throws {
        let documents = [Document(name: "fruit", string: "apple apple banana\n\napple cherry\n\nbanana banana")]
        let query = Document(name: "query", string: "cherry")
        let found = try SimilarityAnalysis().neighbors(ofQuery: query, among: documents)
        // Only P2 holds cherry.
        #expect(found.paragraphs[0].neighbors.map(\.paragraph) == [2])
        let against = try SimilarityAnalysis().neighbors(of: [query], among: documents)
        #expect(against.paragraphs[0].file == "query")
        #expect(against.paragraphs[0].neighbors.first?.file == "fruit")
        #expect(throws: SimilarityError.queryHasNoKnownTerm(paragraph: 1)) {
            try SimilarityAnalysis().neighbors(ofQuery: Document(name: "q", string: "durian"), among: documents)
        }
    }

    /// Per-file summaries add up to the total: 3 + 2 paragraphs, 6 + 4 words (hand count).
    @Test func statisticsSumOverFiles() {
        let report = StatisticsAnalysis(options: StatisticsOptions(details: false)).report([
            Document(name: "a", string: "One two.\n\nThree four.\n\nFive six."),
            Document(name: "b", string: "Seven eight.\n\nNine ten."),
        ])
        #expect(report.files?.map(\.paragraphs) == [3, 2])
        #expect(report.files?.map(\.words) == [6, 4])
        #expect(report.summary.words == 10)
        #expect(report.paragraphs.map(\.file) == ["a", "a", "a", "b", "b"])
        #expect(report.summary.lexicalDiversity == nil)
    }

    /// Folded counts are the report's, every paragraph once and in order, though counted in
    /// chunks on several threads. Each paragraph has 7 words (`Paragraph`, its number, `has`,
    /// `words`, `And`, `two`, `sentences`) in 2 sentences (hand count).
    @Test func foldedCountsAreTheReportsCounts() {
        let document = Document(name: "a", string: (1...500).map { "Paragraph \($0) has words. And two sentences." }.joined(separator: "\n\n"))
        let analysis = StatisticsAnalysis(options: StatisticsOptions(details: false))
        let chunks = analysis.foldCounts(of: document, start: { [(paragraph: Int, counts: TextCounts)]() }) { rows, paragraph, counts in
            rows.append((paragraph, counts))
        }
        let rows = chunks.flatMap { $0 }
        #expect(chunks.count > 1)
        #expect(rows.map(\.paragraph) == Array(0..<500))
        #expect(rows.allSatisfy { $0.counts.words == 7 && $0.counts.sentences == 2 })
        let report = analysis.report([document])
        #expect(rows.map(\.counts.syllables) == report.paragraphs.map(\.syllables))
        #expect(rows.map(\.counts.characters) == report.paragraphs.map(\.characters))
    }

    /// Many short documents, so that the workers' chunks of paragraphs start and end inside
    /// documents: each paragraph (of one sentence) is read in its own document's text. With
    /// VADER's lexicon "good" is 1.9 and "bad" -2.5: 1.9 / √(1.9² + 15) = 0.4404 and
    /// -2.5 / √(2.5² + 15) = -0.5423.
    @Test(arguments: [false, true]) func toneReadsEachParagraphInItsOwnDocument(sentences: Bool) {
        let documents = (0..<41).map { index in
            let word = index % 2 == 0 ? "good" : "bad"
            return Document(name: "d\(index)", string: Array(repeating: "It was \(word).", count: 1 + index % 3).joined(separator: "\n\n"))
        }
        let report = ToneAnalysis(options: ToneOptions(engine: .vader, sentences: sentences)).report(documents)
        let expected = documents.indices.flatMap { index in
            Array(repeating: (file: "d\(index)", compound: index % 2 == 0 ? 0.4404 : -0.5423), count: 1 + index % 3)
        }
        #expect(report.paragraphs.count == expected.count)
        #expect(report.paragraphs.map(\.file) == expected.map(\.file))
        #expect(report.paragraphs.map(\.compound) == expected.map(\.compound))
    }

    /// Sentence by sentence with VADER's rules: "good" is 1.9 in VADER's lexicon, so the first
    /// sentence scores 1.9 / √(1.9² + 15) = 0.4404 (vaderSentiment's `polarity_scores`), the
    /// second none of its words.
    @Test func toneScoresSentencesWithTheEngineAsked() {
        let report = ToneAnalysis(options: ToneOptions(engine: .vader, sentences: true, explainedWords: 1))
            .report([Document(name: "a", string: "The food was good. We sat at a table.")])
        #expect(report.engine == .vader)
        #expect(report.lexicons == ["vader"])
        #expect(report.paragraphs.map(\.sentence) == [1, 2])
        #expect(report.paragraphs[0].compound == 0.4404)
        #expect(report.paragraphs[1].compound == 0)
        #expect(report.paragraphs[0].explain?.map(\.word) == ["good"])
        #expect(report.summary.units == 2)
    }
}
