import Foundation
import Testing

/// `tenor similar` on texts whose scores are worked out by hand (scikit-learn's TF-IDF defaults).
@Suite struct SimilarCommandTests {
    /// n = 3; df: apple 2, banana cherry durian 1; idf apple ln(4/3) + 1 = 1.287682, the others
    /// ln(4/2) + 1 = 1.693147. P1 = (apple 1.287682, banana 1.693147) / 2.127175, P2 likewise
    /// with cherry, P3 = durian alone. cos(P1, P2) = 1.287682² / 2.127175² = 0.366447; P3 shares
    /// no term. (scikit-learn's cosine_similarity: 0.36644682.)
    static let text = "apple banana\n\napple cherry\n\ndurian"

    @Test func tsvListsNeighboursBestFirst() throws {
        let result = try TenorRunner.run(["similar", "--format", "tsv"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.lines == ["paragraph\trank\tneighbor\tscore", "1\t1\t2\t0.366447", "2\t1\t1\t0.366447"])
    }

    @Test func aNegativeMinimumListsEveryOtherParagraphWithTiesByLowerIndex() throws {
        // k ≥ n, even absurdly so: every other paragraph, once.
        let result = try TenorRunner.run(["similar", "--format", "tsv", "--min-score=-1", "--top", "1000000000000"], input: Self.text)
        #expect(result.lines == [
            "paragraph\trank\tneighbor\tscore",
            "1\t1\t2\t0.366447", "1\t2\t3\t0.000000",
            "2\t1\t1\t0.366447", "2\t2\t3\t0.000000",
            "3\t1\t1\t0.000000", "3\t2\t2\t0.000000",
        ])
    }

    /// Fitted on all four paragraphs (n = 4): apple, banana, durian df 2 (idf ln(5/3) + 1), cherry
    /// df 1. P1 = (apple, banana) and the other file's (banana, durian) have equal weights, so
    /// cos = 1/2; P3 = durian alone: cos = 1/√2 = 0.707107; P2 shares nothing.
    @Test func againstOtherFilesNamesBothFiles() throws {
        let folder = try TemporaryFolder()
        let a = try folder.file("a.txt", Self.text)
        let b = try folder.file("b.txt", "banana durian")
        let result = try TenorRunner.run(["similar", a, "--against", b, "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.lines == [
            "file\tparagraph\trank\tneighbor_file\tneighbor\tscore",
            "\(a)\t1\t1\t\(b)\t1\t0.500000",
            "\(a)\t3\t1\t\(b)\t1\t0.707107",
        ])
    }

    /// Several inputs are one corpus (fitted together); rows and neighbours name their files.
    @Test func severalFilesWithinNameFiles() throws {
        let folder = try TemporaryFolder()
        let a = try folder.file("a.txt", "apple banana")
        let b = try folder.file("b.txt", "apple cherry\n\ndurian")
        let result = try TenorRunner.run(["similar", a, b, "--format", "tsv"])
        #expect(result.lines == [
            "file\tparagraph\trank\tneighbor_file\tneighbor\tscore",
            "\(a)\t1\t1\t\(b)\t1\t0.366447", "\(b)\t1\t1\t\(a)\t1\t0.366447",
        ])
    }

    /// The query is weighted with the inputs' idf; `split` is unknown and dropped, so the query is
    /// banana alone: cos with P1 = 1.693147 / 2.127175 = 0.795961 (scikit-learn: 0.79596054).
    @Test func aQueryIsWeightedWithTheInputsFit() throws {
        let result = try TenorRunner.run(["similar", "--query", "banana split", "--format", "tsv"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.lines == ["paragraph\trank\tneighbor\tscore", "1\t1\t1\t0.795961"])
    }

    @Test func aQueryWithNoKnownTermIsAClearError() throws {
        let result = try TenorRunner.run(["similar", "--query", "zebra"], input: Self.text)
        #expect(result.status == 2)
        #expect(result.error == "tenor: query paragraph 1 has no term that occurs in the searched paragraphs: try other words\n")
    }

    @Test(arguments: [
        (["--min-score", "1.5"], "--min-score 1.5 is outside [-1, 1]"),
        (["--top", "0"], "--top 0 is invalid"),
        (["--query", "apple", "--against", "x.txt"], "are alternatives"),
        (["--method", "lsa", "--dimensions", "0"], "--dimensions 0 is invalid"),
        (["--top", "-3"], "--top -3 is invalid"),
        (["--min-df", "5", "--max-df", "2"], "make --max-df larger than --min-df"),
        (["--duplicates", "--min-df", "5", "--max-df", "2"], "make --max-df larger than --min-df"),
        (["--query", "   "], "--query is empty"),
        (["--query-file", "-"], "standard input can be read only once"),
    ])
    func badOptionsAreUsageErrors(arguments: [String], message: String) throws {
        let result = try TenorRunner.run(["similar"] + arguments, input: Self.text)
        #expect(result.status == 2)
        #expect(result.error.contains(message))
    }

    @Test func jsonListsNeighboursWithOpenings() throws {
        let result = try TenorRunner.run(["similar", "--format", "json", "--top", "1"], input: Self.text)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect(json["method"] as? String == "tfidf")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == 3)
        let neighbor = try #require((paragraphs[0]["neighbors"] as? [[String: Any]])?.first)
        #expect(neighbor["paragraph"] as? Int == 2)
        #expect(neighbor["first_words"] as? String == "apple cherry")
        #expect(abs((neighbor["score"] as? Double ?? 0) - 0.36644682) < 1e-6)
        #expect((paragraphs[2]["neighbors"] as? [Any])?.isEmpty == true)
    }

    @Test func tableShowsOpeningsAndEmptyInputGivesAHeader() throws {
        let table = try TenorRunner.run(["similar", "--format", "table"], input: Self.text, environment: ["COLUMNS": "100"])
        #expect(table.lines[0].hasPrefix("paragraph  first_words"))
        #expect(table.lines[2].contains("apple banana") && table.lines[2].contains("0.3664") && table.lines[2].contains("apple cherry"))
        let empty = try TenorRunner.run(["similar", "--format", "tsv"], input: "")
        #expect(empty.status == 0)
        #expect(empty.lines == ["paragraph\trank\tneighbor\tscore"])
    }

    /// The TF-IDF matrix has rank 3 (P3 is orthogonal to P1 and P2, which are independent), so
    /// LSA with 3 dimensions keeps everything and its cosines are the TF-IDF cosines above.
    @Test func lsaReportsSingularValuesAndIsDeterministic() throws {
        let arguments = ["similar", "--method", "lsa", "--dimensions", "3", "--seed", "5", "--format", "json"]
        let first = try TenorRunner.run(arguments, input: Self.text)
        #expect(first.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        #expect(json["method"] as? String == "lsa")
        #expect((json["singular_values"] as? [Double])?.count == 3)
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let neighbor = try #require((paragraphs[0]["neighbors"] as? [[String: Any]])?.first)
        #expect(neighbor["paragraph"] as? Int == 2)
        #expect(abs((neighbor["score"] as? Double ?? 0) - 0.36644682) < 1e-5)
        #expect(try TenorRunner.run(arguments, input: Self.text).output == first.output)
    }

    /// P1 and P2 are the same text up to case and spacing; P3 differs by its last mark only, which
    /// is no term, so its TF-IDF row equals P1's (cosine 1 ≥ 0.9).
    @Test func duplicatesListExactAndNearGroups() throws {
        let text = "The cat sat.\n\nthe  CAT\nsat.\n\nThe cat sat!\n\nSomething else."
        let result = try TenorRunner.run(["similar", "--duplicates", "--format", "tsv"], input: text)
        #expect(result.status == 0)
        #expect(result.lines == [
            "group\tkind\tparagraph\tfirst_words",
            "1\texact\t1\tThe cat sat.", "1\texact\t2\tthe  CAT sat.",
            "2\tnear\t1\tThe cat sat.", "2\tnear\t2\tthe  CAT sat.", "2\tnear\t3\tThe cat sat!",
        ])
    }

    /// A negative minimum needs no `=`: `--min-score -0.5` lists P3 (score 0) too.
    @Test func aNegativeMinimumScoreReadsAsANumber() throws {
        let result = try TenorRunner.run(["similar", "--format", "tsv", "--min-score", "-0.5"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.lines.count == 7)
    }

    /// A copy of a text: each paragraph and its copy are exact repeats, and they also reach a
    /// threshold of 1 as near repeats although single precision may put their score a hair
    /// under 1; no score is reported above 1.
    @Test func copiesAreNearRepeatsAtThresholdOneAndScoreAtMostOne() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "apple banana\n\ncherry durian elderberry fig\n\ngrape")
        let second = try folder.file("b.txt", "apple banana\n\ncherry durian elderberry fig\n\ngrape")
        let groups = try TenorRunner.run(["similar", first, second, "--duplicates", "--min-score", "1", "--format", "tsv"])
        let kinds = groups.lines.dropFirst().map { $0.split(separator: "\t")[1] }
        #expect(kinds.filter { $0 == "exact" }.count == 6)
        #expect(kinds.filter { $0 == "near" }.count == 6)
        let scores = try TenorRunner.run(["similar", first, second, "--format", "tsv"])
        #expect(scores.lines.dropFirst().allSatisfy { Double($0.split(separator: "\t").last!)! <= 1 })
    }

    /// Three copies of one paragraph and three of another: rank 2, so directions past the
    /// second are zero, not noise, and the query `alpha beta gamma` meets its copies at 1.
    @Test func lsaBeyondTheRankKeepsQueriesExact() throws {
        let text = Array(repeating: "alpha beta gamma", count: 3).joined(separator: "\n\n") + "\n\n"
            + Array(repeating: "delta epsilon zeta eta", count: 3).joined(separator: "\n\n")
        let result = try TenorRunner.run(["similar", "--method", "lsa", "--query", "alpha beta gamma", "--top", "3", "--format", "tsv"], input: text)
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t").last! } == ["1.000000", "1.000000", "1.000000"])
    }

    /// Whatever the weighting, the score is the cosine of the rows. Counts over (apple, banana,
    /// cherry): P1 = (2, 1, 0), P2 = (1, 0, 1), P3 = (0, 2, 0); cos(P1, P2) = 2 / √10 = 0.632456,
    /// cos(P1, P3) = 2 / (√5 · 2) = 0.447214, P2 and P3 share nothing. --norm l1 only rescales
    /// rows, which leaves the cosine as it is. With idf and no norm: apple and banana idf
    /// a = ln(4/3) + 1, cherry c = ln(2) + 1, so P1 = a(2, 1, 0) still, P2 = (a, 0, c):
    /// cos(P1, P2) = 2a / (√5 · √(a² + c²)) = 0.541440; cos(P1, P3) is unchanged. (scikit-learn's
    /// cosine_similarity of CountVectorizer and TfidfVectorizer(norm=None) rows: 0.63245553,
    /// 0.4472136; 0.54144017.)
    @Test(arguments: [
        (["--counts"], "0.632456"), (["--counts", "--norm", "l1"], "0.632456"),
        (["--no-idf", "--norm", "none"], "0.632456"), (["--norm", "none"], "0.541440"), (["--norm", "l1"], "0.541440"),
    ])
    func scoresAreCosinesWhateverTheWeighting(weighting: [String], firstScore: String) throws {
        let text = "apple apple banana\n\napple cherry\n\nbanana banana"
        let result = try TenorRunner.run(["similar", "--format", "tsv"] + weighting, input: text)
        #expect(result.status == 0)
        #expect(result.lines == [
            "paragraph\trank\tneighbor\tscore",
            "1\t1\t2\t\(firstScore)", "1\t2\t3\t0.447214",
            "2\t1\t1\t\(firstScore)",
            "3\t1\t1\t0.447214",
        ])
    }

    /// Raw counts of paragraphs sharing words are no near repeats: the highest cosine above is
    /// 0.63, below the 0.9 threshold (dot products of counts reach 2 and used to group them all).
    @Test func countsFindNoNearRepeatsAmongDifferentParagraphs() throws {
        let text = "apple apple banana\n\napple cherry\n\nbanana banana"
        let result = try TenorRunner.run(["similar", "--counts", "--duplicates", "--format", "tsv"], input: text)
        #expect(result.status == 0)
        #expect(result.lines == ["group\tkind\tparagraph\tfirst_words"])
    }

    /// LSA's scores are cosines of the embeddings whatever the weighting: the rank-3 embedding of
    /// three rows keeps their angles, so each nearest score is the counts' cosine above.
    @Test func lsaOfCountsScoresCosines() throws {
        let text = "apple apple banana\n\napple cherry\n\nbanana banana"
        let result = try TenorRunner.run(
            ["similar", "--counts", "--method", "lsa", "--dimensions", "3", "--top", "1", "--format", "tsv"], input: text)
        #expect(result.status == 0)
        #expect(result.lines == ["paragraph\trank\tneighbor\tscore", "1\t1\t2\t0.632456", "2\t1\t1\t0.632456", "3\t1\t1\t0.447214"])
    }
}
