import Testing
import Tenor

/// The library's one shape: `XAnalysis(options:)` with `.default` options, `report(_:)`, the
/// same defaults as the command, enums for closed sets and errors in the library's own terms.
@Suite struct LibraryAPITests {
    static let documents = [
        Document(name: "a", string: "The budget was a great success.\n\nThe budget cuts were a terrible failure."),
    ]

    @Test func toneDefaultsToTheTenorEngineAsTheCommandDoes() {
        let report = ToneAnalysis().report(Self.documents)
        #expect(report.engine == .tenor)
        #expect(report.lexicons == ["tenor"])
        let scorer = ToneScorer(engine: .tenor)
        #expect(report.paragraphs[0].compound == scorer.scores(of: Self.documents[0].text, in: Self.documents[0].paragraphs[0]).compound)
        #expect(ToneScorer().scores(of: "It is ok.") == scorer.scores(of: "It is ok."))
        #expect(report.paragraphs.map(\.label) == [.positive, .negative])
    }

    @Test func everyPipelineTakesOptionsAndReports() throws {
        let statistics = StatisticsAnalysis().report(Self.documents)
        #expect(statistics.paragraphs.map(\.words) == [6, 7])
        let similar = try SimilarityAnalysis().report(Self.documents)
        #expect(similar.method == .tfidf)
        #expect(similar.paragraphs.count == 2)
        let report = try ReportAnalysis().report(Self.documents)
        #expect(report.paragraphs.map(\.words) == [6, 7])
        let lsa = try SimilarityAnalysis(options: SimilarityOptions(method: .lsa(dimensions: 1, seed: 1))).report(Self.documents)
        #expect(lsa.method == .lsa)
    }

    @Test func closedSetsAreEnumsThatEncodeAsTheirNames() throws {
        let duplicates = try SimilarityAnalysis().duplicates(
            in: [Document(name: "d", string: "Same words here.\n\nsame   WORDS here.")], threshold: 0.9)
        #expect(duplicates.groups.map(\.kind) == [.exact, .near])
        let json = try JSONReportEncoder(pretty: false).string(duplicates.groups[0])
        #expect(json.contains(#""kind":"exact""#))
        #expect(BuiltInLexicon(rawValue: "tenor-1") == .tenor1)
        #expect(ToneLexicon.builtInNames == BuiltInLexicon.allCases.map(\.rawValue))
        #expect(ToneEngine.vader.defaultLexicon == .vader)
    }

    @Test func libraryErrorsNameNoCommandLineOption() throws {
        let pruning = try VectorizerOptions(minDocumentFrequency: .count(3))
        let options = ReportOptions(vectorizer: pruning)
        do {
            _ = try ReportAnalysis(options: options).report(Self.documents)
            Issue.record("two paragraphs cannot hold a term three times")
        } catch {
            #expect(error == .documentFrequencyBoundsCross(min: 3, max: 2))
            #expect(!error.description.contains("--"))
        }
        let errors: [any CustomStringConvertible] = [
            VectorizerError.documentFrequencyBoundsCross(min: 3, max: 2),
            SimilarityError.lsaFailed("no convergence"),
            LearningError.tooFewTexts(count: 1, folds: 5), LearningError.noTerms(minimumTexts: 3),
            LabelError.outOfScale(value: "9", scale: RatingScale(low: 1, high: 5)!),
        ]
        for error in errors { #expect(!error.description.contains("--"), "\(error)") }
    }

    /// A user lexicon's profile key is made by the library (the command only passes it on).
    @Test func userLexiconsNameTheirProfileDimensions() throws {
        let mine = try ToneLexicon(name: "dir/My-Words.tsv", contents: Array("term\tscore\nzorp\t2\n".utf8))
        let clash = try ToneLexicon(name: "vader.tsv", contents: Array("term\tscore\nzorp\t-2\n".utf8))
        let dimensions = ProfileDimension.dimensions(ofUserLexicons: [.vader, mine, clash])
        // `vader` is a built-in (no dimension of its own); `vader.tsv` would take its name.
        #expect(dimensions.map(\.name) == ["my_words", "vader_2"])
    }

    /// The documented key order: schema_version, file, paragraph, sentence, then the rest by name.
    @Test func reportKeysStartWithWhereTheRowIs() throws {
        struct Row: Encodable {
            var zeta = 1, sentence = 2, alphaBeta = 3, paragraph = 4, file = "f", schemaVersion = 1
            var missing: Int?
        }
        #expect(try JSONReportEncoder(pretty: false).string(Row())
            == #"{"schema_version":1,"file":"f","paragraph":4,"sentence":2,"alpha_beta":3,"zeta":1}"#)
    }
}
