import Foundation
import Testing

/// `tenor stats` on a text whose counts and scores are worked out by hand.
@Suite struct StatsCommandTests {
    /// Paragraph 1: 11 words, 2 sentences, 12 syllables (sun-ny is the only two-syllable word),
    /// 31 letters, 33 non-space characters in 11 whitespace tokens, no polysyllabic word.
    ///   Flesch reading ease 206.835 − 1.015·(11/2) − 84.6·(12/11) = 108.96
    ///   Flesch–Kincaid 0.39·5.5 + 11.8·(12/11) − 15.59 = −0.57
    ///   fog 0.4·(5.5 + 100·0/11) = 2.20; SMOG 1.043·√(0·30/2) + 3.1291 = 3.13
    ///   Coleman–Liau 0.058·(31/11·100) − 0.296·(2/11·100) − 15.8 = −4.84
    ///   ARI 4.71·(33/11) + 0.5·(11/2) − 21.43 = −4.55
    /// Paragraph 2: 5 words, 1 sentence, 19 syllables (read-a-bil-i-ty 5, for-mu-las 3,
    /// es-ti-mate 3, com-pre-hen-sion 4, dif-fi-cul-ty 4; all 5 polysyllabic), 50 letters,
    /// 51 non-space characters (the full stop) in 5 tokens.
    ///   206.835 − 1.015·5 − 84.6·3.8 = −119.72; 0.39·5 + 11.8·3.8 − 15.59 = 31.20
    ///   fog 0.4·(5 + 100·5/5) = 42.00; SMOG 1.043·√(5·30/1) + 3.1291 = 15.90
    ///   Coleman–Liau 0.058·1000 − 0.296·20 − 15.8 = 36.28; ARI 4.71·(51/5) + 0.5·5 − 21.43 = 29.11
    static let text = "The cat sat on the mat. It was a sunny day!\n\nReadability formulas estimate comprehension difficulty.\n\n!!!"

    @Test func tsvHasTheHandCalculatedScores() throws {
        let result = try TenorRunner.run(["stats", "--format", "tsv"], input: Self.text)
        #expect(result.status == 0)
        #expect(result.lines == [
            "paragraph\twords\tsentences\tsyllables\tflesch_reading_ease\tflesch_kincaid_grade\tgunning_fog\tsmog\tcoleman_liau\tari",
            "1\t11\t2\t12\t108.96\t-0.57\t2.20\t3.13\t-4.84\t-4.55",
            "2\t5\t1\t19\t-119.72\t31.20\t42.00\t15.90\t36.28\t29.11",
            // Only punctuation: no words, no sentences, so no formula can be computed.
            "3\t0\t0\t0\t\t\t\t\t\t",
        ])
    }

    @Test func jsonReportsUnavailableScoresAsNullWithAReason() throws {
        let result = try TenorRunner.run(["stats", "--format", "json"], input: Self.text)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let empty = try #require(paragraphs[2]["readability"] as? [String: [String: Any]])
        for (formula, score) in empty where formula != "dale_chall" && formula != "spache" {
            #expect(score["value"] is NSNull, "\(formula)")
            #expect((score["reason"] as? String)?.isEmpty == false, "\(formula)")
        }
        let first = try #require(paragraphs[0]["readability"] as? [String: [String: Any]])
        #expect(abs((first["flesch_reading_ease"]?["value"] as? Double ?? 0) - 108.96159090909092) < 1e-9)
        #expect(paragraphs[0]["letters"] as? Int == 31)
        #expect(paragraphs[1]["polysyllabic_words"] as? Int == 5)
        // Lexical diversity of paragraph 1: 11 word tokens, 10 types ("the" twice): TTR 10/11.
        let diversity = try #require(paragraphs[0]["lexical_diversity"] as? [String: Any])
        #expect(diversity["tokens"] as? Int == 11 && diversity["types"] as? Int == 10)
        #expect(abs(((diversity["type_token_ratio"] as? [String: Any])?["value"] as? Double ?? 0) - 10.0 / 11) < 1e-12)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["words"] as? Int == 16 && summary["sentences"] as? Int == 3 && summary["syllables"] as? Int == 31)
        #expect((summary["frequent_terms"] as? [[String: Any]])?.isEmpty == false)
        #expect(paragraphs[0]["key_terms"] != nil)
    }

    @Test func severalFilesGetAFileColumn() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.txt", "One small step.")
        let second = try folder.file("b.txt", "A giant leap.")
        let result = try TenorRunner.run(["stats", first, second, "--format", "tsv"])
        #expect(result.lines.first?.hasPrefix("file\tparagraph\twords") == true)
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t").first.map(String.init) } == [first, second])
    }
}

@Suite struct StatsDelimitedTests {
    /// CSV quotes a file name with a comma (RFC 4180); numbers as in the TSV test above.
    @Test func csvQuotesFileNames() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a, b.txt", "The cat sat on the mat. It was a sunny day!")
        let second = try folder.file("c.txt", "Readability formulas estimate comprehension difficulty.")
        let result = try TenorRunner.run(["stats", first, second, "--format", "csv"])
        #expect(result.lines == [
            "file,paragraph,words,sentences,syllables,flesch_reading_ease,flesch_kincaid_grade,gunning_fog,smog,coleman_liau,ari",
            "\"\(first)\",1,11,2,12,108.96,-0.57,2.20,3.13,-4.84,-4.55",
            "\(second),1,5,1,19,-119.72,31.20,42.00,15.90,36.28,29.11",
        ])
    }
}
