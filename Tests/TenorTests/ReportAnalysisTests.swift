import Testing
import Tenor

@Suite struct ReportAnalysisTests {
    static func document(_ name: String, _ text: String) -> Document {
        Document(name: name, text: Array(text.utf8))
    }

    /// Hand counts: "Dr. Smith paid $3.50 for well-being tea." has 7 words (Dr, Smith, paid,
    /// 3.50, for, well-being, tea; "$" is a symbol), 1 sentence (no split after "Dr."), and
    /// 40 characters.
    @Test func countsOneParagraph() throws {
        let report = try ReportAnalysis().report([Self.document("a", "Dr. Smith paid $3.50 for well-being tea.")])
        let row = report.paragraphs[0]
        #expect(row.paragraph == 1)
        #expect(row.words == 7)
        #expect(row.sentences == 1)
        #expect(row.characters == 40)
        #expect(row.file == nil)
        #expect(report.files == nil)
    }

    @Test func charactersAreWhatAReaderSees() throws {
        // "café 👍🏽" is 6 grapheme clusters (c a f é space 👍🏽) but 11 bytes and 7 scalars.
        let report = try ReportAnalysis().report([Self.document("a", "café 👍🏽")])
        #expect(report.paragraphs[0].characters == 6)
    }

    @Test func openingWordsAreCutAfterEightWords() throws {
        let report = try ReportAnalysis().report([Self.document("a", "one two three four five six seven eight nine ten")])
        #expect(report.paragraphs[0].firstWords == "one two three four five six seven eight…")
        let short = try ReportAnalysis().report([Self.document("a", "Only three words!")])
        #expect(short.paragraphs[0].firstWords == "Only three words!")
    }

    @Test func severalDocumentsAreLabelledAndTotalledApart() throws {
        let report = try ReportAnalysis().report([
            Self.document("first.txt", "Rivers run.\n\nBridges stand."),
            Self.document("second.txt", "Rivers flood."),
        ])
        #expect(report.paragraphs.map(\.file) == ["first.txt", "first.txt", "second.txt"])
        #expect(report.paragraphs.map(\.paragraph) == [1, 2, 1])
        #expect(report.files?.map(\.paragraphs) == [2, 1])
        #expect(report.files?.map(\.words) == [4, 2])
        #expect(report.summary.words == 6)
        #expect(report.summary.meanWordsPerParagraph == 2)
        // "rivers" is in 2 of 3 paragraphs, so it weighs less than the words found once.
        #expect(report.paragraphs[0].topTerms.map(\.term) == ["run", "rivers"])
    }

    @Test func emptyAndTermlessInputGiveAnEmptyReport() throws {
        let empty = try ReportAnalysis().report([Self.document("a", "")])
        #expect(empty.paragraphs.isEmpty)
        #expect(empty.summary.paragraphs == 0 && empty.summary.meanWordsPerParagraph == 0)
        let symbols = try ReportAnalysis().report([Self.document("a", "!!! ... 😀")])
        #expect(symbols.paragraphs.count == 1)
        #expect(symbols.paragraphs[0].words == 0)
        #expect(symbols.paragraphs[0].topTerms.isEmpty)
        #expect(symbols.summary.keyTerms.isEmpty)
    }

    /// Vectorizer options that leave no term are the caller's mistake and are thrown; text with
    /// no term at all is not (the test above).
    @Test func vectorizerOptionsThatLeaveNoTermAreThrown() throws {
        // "rivers", "run", "bridges", "stand": each in one of the two paragraphs.
        let documents = [Self.document("a", "Rivers run.\n\nBridges stand.")]
        let pruning = ReportOptions(vectorizer: try VectorizerOptions(minDocumentFrequency: .count(2)))
        #expect(throws: VectorizerError.noTermsAfterPruning) { try ReportAnalysis(options: pruning).report(documents) }
        // max_df 1 allows one paragraph, min_df 2 asks for two.
        let crossing = ReportOptions(
            vectorizer: try VectorizerOptions(minDocumentFrequency: .count(2), maxDocumentFrequency: .count(1)))
        #expect(throws: VectorizerError.documentFrequencyBoundsCross(min: 2, max: 1)) {
            try ReportAnalysis(options: crossing).report(documents)
        }
    }
}
