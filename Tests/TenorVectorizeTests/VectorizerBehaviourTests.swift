import Foundation
import Testing
import TenorText
@testable import TenorVectorize

@Suite struct VectorizerBehaviourTests {
    @Test func optionsAreValidatedWhenBuilt() {
        #expect(throws: VectorizerOptionsError.invalidNgramRange(0...2)) { try VectorizerOptions(ngramRange: 0...2) }
        #expect(throws: VectorizerOptionsError.invalidDocumentFrequency(name: "max_df", value: .proportion(1.5))) {
            try VectorizerOptions(maxDocumentFrequency: .proportion(1.5))
        }
        #expect(throws: VectorizerOptionsError.invalidMaxFeatures(0)) { try VectorizerOptions(maxFeatures: 0) }
    }

    @Test(arguments: [("0.5", DocumentFrequency.proportion(0.5)), ("1.0", .proportion(1)), ("5", .count(5)), ("1", .count(1))])
    func documentFrequencyFollowsScikitLearnsIntFloatRule(text: String, expected: DocumentFrequency) {
        #expect(DocumentFrequency(text) == expected)
    }

    @Test func textWithoutTermsIsAnError() {
        let document = Document(name: "t", text: Array("a ! 1 - ?".utf8))
        #expect(throws: VectorizerError.emptyVocabulary) { try Vectorizer(options: VectorizerOptions()).fitTransform([document]) }
        #expect(throws: VectorizerError.emptyVocabulary) { try Vectorizer(options: VectorizerOptions()).fitTransform([]) }
    }

    @Test func crossingBoundsAndOverPruningAreErrors() throws {
        // Two paragraphs: min_df 2 asks for 2, max_df 0.5 allows 1.
        let document = Document(name: "t", text: Array("alpha beta\n\nalpha gamma".utf8))
        let crossing = try VectorizerOptions(minDocumentFrequency: .count(2), maxDocumentFrequency: .proportion(0.5))
        #expect(throws: VectorizerError.documentFrequencyBoundsCross(min: 2, max: 1)) {
            try Vectorizer(options: crossing).fitTransform([document])
        }
        let pruning = try VectorizerOptions(minDocumentFrequency: .count(2), maxDocumentFrequency: .count(1))
        #expect(throws: VectorizerError.self) { try Vectorizer(options: pruning).fitTransform([document]) }
    }

    @Test func emptyRowsStayZero() throws {
        // The middle paragraph has no token of two word characters: an all-zero row, never NaN.
        let document = Document(name: "t", text: Array("word here\n\n! a 1\n\nword there".utf8))
        let matrix = try Vectorizer(options: VectorizerOptions()).fitTransform([document]).matrix
        #expect(matrix.rows == 3)
        #expect(matrix.values.row(1).values.isEmpty)
        #expect(matrix.values.values.allSatisfy { $0.isFinite })
    }

    /// Counts are kept a byte an entry, with those of 255 and more aside: each must come back
    /// exact, in the matrix and in the totals. Expected by hand: "aa" 254, 255, 256 and 1,000
    /// times in four paragraphs, "bb" once in each, "cc" 300 times in the last.
    @Test func countsOfAnySizeComeBackExact() throws {
        let repeats = [254, 255, 256, 1_000]
        let text = repeats.enumerated().map { index, count in
            (Array(repeating: "aa", count: count) + ["bb"] + (index == 3 ? Array(repeating: "cc", count: 300) : [])).joined(separator: " ")
        }.joined(separator: "\n\n")
        let document = Document(name: "t", text: Array(text.utf8))
        let options = try VectorizerOptions(weighting: .counts)
        let matrix = try Vectorizer(options: options).fitTransform([document]).matrix
        #expect(Array(matrix.vocabulary) == ["aa", "bb", "cc"])
        #expect((0..<4).map { Array(matrix.values.row($0).values) } == [[254, 1], [255, 1], [256, 1], [1_000, 1, 300]])
        let counts = Vectorizer(options: options).documentFrequencies([document])
        #expect(counts.occurrences == [1_765, 4, 300])
        #expect(counts.documents == [4, 4, 1])
    }

    @Test func chunkedCountingMatchesOneChunk() throws {
        // Large enough (> 256 KiB) to be counted in parallel chunks and merged.
        let corpus = try Fixtures.text("tfidf/corpus.txt")
        let big = Document(name: "big", text: Array(String(repeating: corpus + "\n\n", count: 120).utf8))
        let options = try VectorizerOptions(ngramRange: 1...2)
        let parallel = try Vectorizer(options: options).fitTransform([big]).matrix
        let pieces = big.paragraphs.map { Document(name: "p", text: Array(big.text[$0])) }
        let serial = try Vectorizer(options: options).fitTransform(pieces).matrix
        #expect(Array(parallel.vocabulary) == Array(serial.vocabulary))
        #expect(parallel.values == serial.values)
    }

    @Test func embeddedStopWordsEqualTheLexiconFile() throws {
        let file = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lexicons/english-stop-words.txt")
        #expect(EmbeddedLexicons.englishStopWords == (try String(contentsOf: file, encoding: .utf8)))
        #expect(StopWords.english.words.count == 318)
        #expect(StopWords.english.words.contains("the") && !StopWords.english.words.contains("tenor"))
    }

    @Test func matrixMarketRoundTrips() throws {
        let document = try Fixtures.document("tfidf/corpus.txt")
        let matrix = try Vectorizer(options: VectorizerOptions()).fitTransform([document]).matrix
        var bytes: [UInt8] = []
        matrix.writeMatrixMarket(comments: ["test"]) { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%%MatrixMarket matrix coordinate real general\n% test\n"))
        let parsed = MatrixMarketFile(text)
        #expect(parsed.rows == matrix.rows && parsed.columns == matrix.columns)
        for row in 0..<matrix.rows {
            let (columns, values) = matrix.values.row(row)
            for (column, value) in zip(columns, values) {
                // 12 significant digits: half a unit in the 12th digit, at most 5e-12 relative.
                let read = try #require(parsed.entries[.init(row: row, column: Int(column))])
                #expect(abs(read - value) <= 5e-12 * abs(value))
            }
        }
    }

    @Test func vocabularyLooksUpColumns() throws {
        let document = Document(name: "t", text: Array("zeta alpha mu".utf8))
        let matrix = try Vectorizer(options: VectorizerOptions()).fitTransform([document]).matrix
        #expect(matrix.vocabulary.column(of: "mu") == 1)
        #expect(matrix.vocabulary.column(of: "omega") == nil)
        #expect(matrix.topTerms(ofRow: 0, count: 2).map(\.term) == ["alpha", "mu"])
    }
}

@Suite struct MaxFeaturesTests {
    /// Totals: apple 5, banana 4, cherry 2; document frequencies: apple 1, banana 3, cherry 2.
    /// scikit-learn 1.9.1: CountVectorizer(max_features=2) keeps ['apple' 'banana'], and with
    /// binary=True (counts become 1 before the cut) ['banana' 'cherry'].
    static let text = "apple apple apple apple apple banana\n\nbanana cherry\n\nbanana cherry banana"

    @Test(arguments: [(false, ["apple", "banana"]), (true, ["banana", "cherry"])])
    func keepsTheHighestTotals(binary: Bool, expected: [String]) throws {
        let document = Document(name: "t", text: Array(Self.text.utf8))
        let options = try VectorizerOptions(maxFeatures: 2, binary: binary, weighting: .counts)
        #expect(Array(try Vectorizer(options: options).fitTransform([document]).matrix.vocabulary) == expected)
    }
}

@Suite struct WordsTokenPatternTests {
    /// Worked by hand against Lexicons/english-stop-words.txt: the possessive goes (city’s → city),
    /// contractions whose stems are stop words go (isn’t → is, don’t → do, can’t → can,
    /// won’t → will), numbers and single letters go, hyphenated words stay whole.
    static let text = "The city’s budget isn’t simple; we don’t know. Well-being costs $3,000 at 5 p.m.\n\nThe city can’t agree, it won’t."

    @Test func termsAreTenorsWords() throws {
        let document = Document(name: "t", text: Array(Self.text.utf8))
        let options = try VectorizerOptions(tokenPattern: .words, stopWords: .english, weighting: .counts)
        let matrix = try Vectorizer(options: options).fitTransform([document]).matrix
        #expect(Array(matrix.vocabulary) == ["agree", "budget", "city", "costs", "know", "simple", "well-being"])
        #expect(Array(matrix.values.row(0).values) == [1, 1, 1, 1, 1, 1])
        #expect(Array(matrix.values.row(1).columnIndices) == [0, 2])
    }

    @Test func withoutStopWordsContractionsStayWhole() throws {
        let document = Document(name: "t", text: Array("We don’t; they DON'T.".utf8))
        let options = try VectorizerOptions(tokenPattern: .words, weighting: .counts)
        let matrix = try Vectorizer(options: options).fitTransform([document]).matrix
        #expect(Array(matrix.vocabulary) == ["don't", "they", "we"])
        #expect(Array(matrix.values.row(0).values) == [2, 1, 1])
    }
}

@Suite struct WordsLowercasingTests {
    /// Python: "ΟΔΟΣ οδος".lower() == "οδος οδος" (final sigma), so both spellings are one term;
    /// single letters of cased scripts are not terms, a single Han ideograph is.
    @Test func finalSigmaAndSingleLetters() throws {
        let document = Document(name: "t", text: Array("ΟΔΟΣ οδος я в 中 文".utf8))
        let options = try VectorizerOptions(tokenPattern: .words, weighting: .counts)
        let matrix = try Vectorizer(options: options).fitTransform([document]).matrix
        #expect(Array(matrix.vocabulary) == ["οδος", "中", "文"])
        #expect(Array(matrix.values.row(0).values) == [2, 1, 1])
    }
}

/// `FittedVectorizer.transform`, which weighs new paragraphs under a fit (queries).
@Suite struct FittedVectorizerTransformTests {
    static let text = "The river runs. The river is brown.\n\nBrown bread, brown river!\n\nNothing here matches? Zebra."

    /// The paragraphs the fit was made on come out exactly as the fit's own matrix (same counts,
    /// same idf, same normalisation), whatever the options.
    @Test(arguments: [
        try! VectorizerOptions(),
        try! VectorizerOptions(stopWords: .english, ngramRange: 1...2, weighting: TermWeighting(sublinearTF: true, norm: .l1)),
        try! VectorizerOptions(tokenPattern: .words, binary: true),
    ])
    func transformingTheFittedTextGivesTheFittedMatrix(options: VectorizerOptions) throws {
        let documents = [Document(name: "a", text: Array(Self.text.utf8))]
        let fitted = try Vectorizer(options: options).fitTransform(documents)
        let transformed = fitted.model.transform(documents)
        #expect(transformed.values.rowOffsets == fitted.matrix.values.rowOffsets)
        #expect(transformed.values.columnIndices == fitted.matrix.values.columnIndices)
        for (a, b) in zip(transformed.values.values, fitted.matrix.values.values) { #expect(abs(a - b) < 1e-15) }
    }

    /// Unknown words are dropped; a paragraph of unknown words is a zero row.
    @Test func unknownTermsAreDropped() throws {
        let fitted = try Vectorizer(options: VectorizerOptions()).fitTransform([Document(name: "a", text: Array(Self.text.utf8))])
        let query = fitted.model.transform([Document(name: "q", text: Array("river unicorn\n\nunicorn".utf8))])
        #expect(query.rows == 2)
        #expect(query.values.row(0).columnIndices.map { fitted.matrix.vocabulary[Int($0)] } == ["river"])
        #expect(query.values.row(0).values.first == 1)   // one term, unit length
        #expect(query.values.row(1).values.isEmpty)
    }

    /// Text with no countable term at all ("a" is one letter, "1" one digit) is all zero rows,
    /// as in scikit-learn's `transform`, not an error.
    @Test func textWithoutTermsTransformsToZeroRows() throws {
        let fitted = try Vectorizer(options: VectorizerOptions()).fitTransform([Document(name: "a", text: Array(Self.text.utf8))])
        let query = fitted.model.transform([Document(name: "q", text: Array("a ! 1\n\n?".utf8))])
        #expect(query.rows == 2)
        #expect(query.values.rowOffsets == [0, 0, 0])
    }
}
