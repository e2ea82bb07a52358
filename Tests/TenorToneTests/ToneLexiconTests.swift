import Foundation
import Testing
@testable import TenorTone

@Suite struct ToneLexiconTests {
    static let lexicons = ToneFixture.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons")

    @Test(arguments: [
        ("vader-lexicon.tsv", EmbeddedLexicons.vaderLexicon), ("vader-emoji.tsv", EmbeddedLexicons.vaderEmoji),
        ("vader-boosters.tsv", EmbeddedLexicons.vaderBoosters), ("vader-negations.tsv", EmbeddedLexicons.vaderNegations),
        ("vader-special-cases.tsv", EmbeddedLexicons.vaderSpecialCases), ("vader-idioms.tsv", EmbeddedLexicons.vaderIdioms),
        ("afinn-165.tsv", EmbeddedLexicons.afinn165), ("textblob-sentiment.tsv", EmbeddedLexicons.textblobSentiment),
        ("opinion-lexicon-hu-liu.tsv", EmbeddedLexicons.opinionLexicon), ("labmt-1.0.tsv", EmbeddedLexicons.labMT),
        ("tenor-phrases.tsv", EmbeddedLexicons.tenorPhrases), ("wordnet-propagated.tsv", EmbeddedLexicons.wordNetPropagated),
    ])
    func embeddedCopyEqualsFile(_ file: String, _ embedded: String) throws {
        #expect(embedded == (try String(contentsOf: Self.lexicons.appendingPathComponent(file), encoding: .utf8)))
    }

    /// Counts from the upstream files (vader_lexicon.txt: 7,520 lines, 14 terms twice;
    /// AFINN-en-165.txt: 3,382 lines; BOOSTER_DICT: 84 keys; NEGATE: 59 words).
    @Test func builtInSizes() throws {
        #expect(ToneLexicon.vader.entries.count == 7520)
        #expect(ToneLexicon.vader.duplicates.count == 14)
        #expect(ToneLexicon.builtIn(named: "afinn")?.entries.count == 3382)
        // The tenor merge: VADER's 7,520 rows, AFINN's 701 and pattern's 681 words neither has
        // (the tuning study's counts, after the exclusions).
        #expect(ToneLexicon.tenor1.entries.count == 7520 + 701 + 681)
        #expect(ToneWordLists.vader.boosters.count == 84)
        #expect(ToneWordLists.vader.negations.count == 59)
        #expect(ToneWordLists.vader.idioms.count == 12)
        // 3,570 emoji, the keycaps `#️⃣` and `#⃣` included (a row starting with `#` is no comment).
        #expect(ToneWordLists.vader.emoji.count == 3570)
    }

    /// The tenor engine's sources, counted in their files: Hu & Liu's 6,782 opinion words; labMT's
    /// 3,634 words beyond its neutral band (|happiness - 5| > 1, of 10,222); 15,791 WordNet
    /// words; 32 phrases. In the merge each keeps the scale of its documented weight: suffocate
    /// (only Hu & Liu, -1) -1; shelling (only WordNet, -1.28) × 0.5 = -0.64; soup (only labMT,
    /// 6.52) (6.52 - 5) × 0.1 = 0.152; `slowly but surely` (paraphrase with no tone) 0; VADER's
    /// own words stay (good 1.9).
    @Test func tenorSources() throws {
        #expect(ToneLexicon.opinion.entries.count == 6782)
        #expect(ToneLexicon.labMT.entries.count == 3634)
        #expect(ToneLexicon.wordNet.entries.count == 15791)
        #expect(ToneLexicon.phrases.entries.count == 32)
        let tenor = Dictionary(ToneLexicon.tenor.entries.map { ($0.term, $0.valence) }, uniquingKeysWith: { first, _ in first })
        #expect(tenor["suffocate"] == -1)
        #expect(abs(tenor["shelling"]! - -0.64) < 1e-12)
        #expect(abs(tenor["soup"]! - 0.152) < 1e-12)
        #expect(tenor["slowly but surely"] == 0)
        #expect(tenor["good"] == 1.9)
        // Rule words never gain a valence from the later sources.
        #expect(tenor["however"] == nil && tenor["although"] == nil)
    }

    /// AFINN's `abandon` is -2 on -5…5, so -1.6 on VADER's -4…4; pattern's `good` (polarity 0.7,
    /// the mean over its senses in en-sentiment.xml) is 2.8.
    @Test func builtInScales() throws {
        let afinn = try #require(ToneLexicon.builtIn(named: "afinn"))
        #expect(afinn.entries.first { $0.term == "abandon" }?.valence == -2 * 0.8)
        let textblob = try #require(ToneLexicon.builtIn(named: "textblob"))
        let good = try #require(textblob.entries.first { $0.term == "good" }?.valence)
        #expect(abs(good - 0.7 * 4) < 1e-12)
    }

    /// VADER keeps the last of a duplicate: `lol` is 2.9 on line 311 and 1.8 on line 4412 of
    /// vader_lexicon.txt, so `lol` alone scores 1.8 / √(1.8² + 15) = 0.42146… → 0.4215.
    @Test func lastDuplicateWins() {
        #expect(ToneScorer(engine: .vader).scores(of: "lol").compound == 0.4215)
    }

    @Test func userLexicon() throws {
        let lexicon = try ToneLexicon(name: "mine.tsv", text: "# my words\n#\nterm\tscore\nzorp\t2\nblarg\t-1.5\n#fail\t-2\n", scale: 1)
        #expect(lexicon.entries.map(\.term) == ["zorp", "blarg", "#fail"])
        // zorp alone: 2 / √(4 + 15) = 0.45883… → 0.4588, all positive.
        let scorer = ToneScorer(lexicons: [.vader, lexicon], rules: .vader)
        #expect(scorer.scores(of: "zorp") == ToneScores(compound: 0.4588, positive: 1, neutral: 0, negative: 0))
        #expect(ToneScorer(engine: .vader).scores(of: "zorp") == ToneScores(compound: 0, positive: 0, neutral: 1, negative: 0))
    }

    @Test func laterLexiconOverrides() throws {
        let lexicon = try ToneLexicon(name: "mine.tsv", text: "term\tscore\ngood\t2\n", scale: 1)
        // good: 2 instead of 1.9 → 2 / √19 = 0.4588.
        #expect(ToneScorer(lexicons: [.vader, lexicon], rules: .vader).scores(of: "good").compound == 0.4588)
    }

    @Test func duplicateTermsNameBothLines() throws {
        let lexicon = try ToneLexicon(name: "mine.tsv", text: "term\tscore\nzorp\t2\nblarg\t1\nzorp\t3\n", scale: 1)
        #expect(lexicon.duplicates.count == 1)
        #expect(lexicon.duplicates.first.map { [$0.firstLine, $0.line] } == [2, 4])
        #expect(lexicon.duplicates.first?.term == "zorp")
    }

    @Test(arguments: [
        ("term\tscore\nzorp\t2\t7\n", LexiconError.columnCount(file: "mine.tsv", line: 2, expected: 2, found: 3)),
        ("term\tscore\nzorp\n", LexiconError.columnCount(file: "mine.tsv", line: 2, expected: 2, found: 1)),
        ("term\tscore\r\nzorp\t2\r\nblarg\tvery\r\n", LexiconError.notANumber(file: "mine.tsv", line: 3, column: "score", value: "very")),
        ("term\tscore\nzorp\tnan\n", LexiconError.notANumber(file: "mine.tsv", line: 2, column: "score", value: "nan")),
        ("# only a comment\n", LexiconError.missingHeader(file: "mine.tsv")),
        ("term\nzorp\n", LexiconError.headerNeedsTwoColumns(file: "mine.tsv")),
        ("term\tscore\n", LexiconError.noEntries(file: "mine.tsv")),
        // Past ±100 the compound's squares could overflow: far off VADER's -4…4 scale anyway.
        ("term\tscore\nzorp\t2\nblarg\t1e308\n", LexiconError.scoreOutOfRange(file: "mine.tsv", line: 3, value: 1e308)),
        ("term\tscore\nzorp\t-101\n", LexiconError.scoreOutOfRange(file: "mine.tsv", line: 2, value: -101)),
    ])
    func malformedFiles(_ text: String, _ expected: LexiconError) {
        #expect(throws: expected) { try ToneLexicon(name: "mine.tsv", text: text, scale: 1) }
    }

    /// Only decimals are scores: Double(_:) alone would also take hexadecimal, inf and nan.
    @Test(arguments: [
        ("term\tscore\nzorp\t0x1p3\n", LexiconError.notANumber(file: "mine.tsv", line: 2, column: "score", value: "0x1p3")),
        ("term\tscore\nzorp\tinf\n", LexiconError.notANumber(file: "mine.tsv", line: 2, column: "score", value: "inf")),
        ("term\tscore\nzorp\t1.\nblarg\t-.5e\n", LexiconError.notANumber(file: "mine.tsv", line: 3, column: "score", value: "-.5e")),
        ("term\tscore\nzorp\t 2\n", LexiconError.notANumber(file: "mine.tsv", line: 2, column: "score", value: " 2")),
        ("term\tscore\nzorp\t1e309\n", LexiconError.numberOutOfRange(file: "mine.tsv", line: 2, column: "score", value: "1e309")),
        ("term\tscore\nzorp\t-1e309\n", LexiconError.numberOutOfRange(file: "mine.tsv", line: 2, column: "score", value: "-1e309")),
    ])
    func scoresAreDecimals(_ text: String, _ expected: LexiconError) {
        #expect(throws: expected) { try ToneLexicon(name: "mine.tsv", text: text, scale: 1) }
    }

    @Test func decimalForms() throws {
        let lexicon = try ToneLexicon(name: "mine.tsv", text: "term\tscore\na\t+1.5\nb\t.5\nc\t2.\nd\t-25E-1\ne\t3\n", scale: 1)
        #expect(lexicon.entries.map(\.valence) == [1.5, 0.5, 2, -2.5, 3])
    }

    /// A user's file may not hold terms that could never match; the built-ins are as published
    /// (VADER's `:D` never matches in vaderSentiment either).
    @Test(arguments: [
        ("term\tscore\n\t2\n", LexiconError.emptyTerm(file: "mine.tsv", line: 2)),
        ("term\tscore\nzorp\t1\n\nGood\t2\n", LexiconError.upperCaseTerm(file: "mine.tsv", line: 4, term: "Good")),
        ("term\tscore\nÉté\t2\n", LexiconError.upperCaseTerm(file: "mine.tsv", line: 2, term: "Été")),
    ])
    func userTermsMustBeAbleToMatch(_ text: String, _ expected: LexiconError) throws {
        #expect(throws: expected) { try ToneLexicon(name: "mine.tsv", text: text, scale: 1, checksTerms: true) }
        // Unchecked (as the built-ins are read), the same text loads.
        #expect(try ToneLexicon(name: "mine.tsv", text: text, scale: 1).entries.count >= 1)
    }

    @Test func builtInsKeepTheirUpperCaseTerms() {
        #expect(ToneLexicon.vader.entries.contains { $0.term == ":D" })
    }

    @Test func errorMessagesNameFileAndLine() {
        let message = LexiconError.columnCount(file: "mine.tsv", line: 7, expected: 2, found: 3).description
        #expect(message.contains("mine.tsv") && message.contains("line 7"))
        #expect(LexiconError.unknown("vadr").description.contains("vader, afinn, textblob"))
    }

    /// An endless file is read only as far as the limit (64 MiB).
    @Test func endlessFilesAreRefused() {
        #expect(throws: LexiconError.tooLarge(file: "/dev/zero", limit: 64 << 20)) { try ToneLexicon(contentsOfFile: "/dev/zero") }
    }

    @Test func missingFiles() {
        #expect(throws: LexiconError.unknown("vadr")) { try ToneLexicon.named("vadr") }
        #expect(throws: LexiconError.self) { try ToneLexicon.named("/nonexistent/words.tsv") }
    }
}
