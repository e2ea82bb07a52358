import Foundation
import Testing

/// `tenor vectorize` in steps: each part of a corpus counted (--document-frequencies), the
/// counts summed and fitted (--fit), the corpus transformed with the fit (--vocabulary, --idf).
/// The matrix must be scikit-learn's for every option set of Tests/Fixtures/tfidf/options.tsv,
/// as the one-step run's is.
@Suite struct VectorizeInPartsTests {
    @Test(arguments: VectorizeCommandTests.optionSets)
    func stepsOverPartsGiveScikitLearnsMatrix(_ set: VectorizeCommandTests.OptionSet) throws {
        let folder = try TemporaryFolder()
        let corpus = try String(contentsOf: TenorRunner.fixtures.appendingPathComponent("tfidf/corpus.txt"), encoding: .utf8)
        let paragraphs = corpus.components(separatedBy: "\n\n")
        // Three parts of different sizes, one of them a single paragraph.
        let parts = [paragraphs[0..<1], paragraphs[1..<9], paragraphs[9...]].enumerated().map { index, part in
            (try? folder.file("part\(index).txt", part.joined(separator: "\n\n"))) ?? ""
        }
        let (limits, terms) = Self.splitLimits(set.arguments)
        var counts: [String] = []
        for (index, part) in parts.enumerated() {
            let output = folder.url.appendingPathComponent("counts\(index)").path
            let counted = try TenorRunner.run(["vectorize", part, "--output", output, "--document-frequencies"] + terms)
            #expect(counted.status == 0, "\(counted.error)")
            counts.append(output + "/document-frequencies.tsv")
        }
        let fit = folder.url.appendingPathComponent("fit").path
        let fitted = try TenorRunner.run(["vectorize", "--fit"] + counts + ["--output", fit] + limits + terms)
        #expect(fitted.status == 0, "\(fitted.error)")
        let usesIDF = !set.arguments.contains("--no-idf") && !set.arguments.contains("--counts")
        let model = ["--vocabulary", fit + "/vocabulary.txt"] + (usesIDF ? ["--idf", fit + "/idf.txt"] : [])
        let matrix = folder.url.appendingPathComponent("matrix")
        let corpusPath = TenorRunner.fixtures.appendingPathComponent("tfidf/corpus.txt").path
        let transformed = try TenorRunner.run(["vectorize", corpusPath, "--output", matrix.path] + model + terms)
        #expect(transformed.status == 0, "\(transformed.error)")
        try VectorizeCommandTests.expectScikitLearnMatrix(set, in: matrix)
    }

    /// The document-frequency limits (for --fit only) apart from the other options.
    static func splitLimits(_ arguments: [String]) -> (limits: [String], others: [String]) {
        var limits: [String] = [], others: [String] = []
        var index = 0
        while index < arguments.count {
            if ["--min-df", "--max-df", "--max-features"].contains(arguments[index]) {
                limits += arguments[index...index + 1]
                index += 2
            } else {
                others.append(arguments[index])
                index += 1
            }
        }
        return (limits, others)
    }

    @Test func countsAreWrittenAsHandCounted() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        // Paragraph 1: aa ×2, bb; paragraph 2: bb, cc; paragraph 3: "x" has no term of 2+ characters.
        let result = try TenorRunner.run(["vectorize", "-", "--output", output.path, "--document-frequencies"],
                                         input: "aa bb aa\n\nbb cc\n\nx")
        #expect(result.status == 0, "\(result.error)")
        let written = try String(contentsOf: output.appendingPathComponent("document-frequencies.tsv"), encoding: .utf8)
        #expect(written == "paragraphs\t3\naa\t1\t2\nbb\t2\t2\ncc\t1\t1\n")
    }

    @Test func fitSumsThePartsAndAppliesTheLimitsToTheSum() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("a.tsv", "paragraphs\t2\naa\t1\t2\nbb\t2\t2\n")
        let second = try folder.file("b.tsv", "paragraphs\t1\nbb\t1\t3\ncc\t1\t1\n")
        let output = folder.url.appendingPathComponent("fit")
        let result = try TenorRunner.run(["vectorize", "--fit", first, second, "--output", output.path, "--min-df", "2"])
        #expect(result.status == 0, "\(result.error)")
        // Summed: 3 paragraphs; aa in 1, bb in 3, cc in 1: only bb is in 2 or more.
        #expect(try String(contentsOf: output.appendingPathComponent("vocabulary.txt"), encoding: .utf8) == "bb\n")
        // idf(bb) = ln((1 + 3) / (1 + 3)) + 1 = 1.
        #expect(try String(contentsOf: output.appendingPathComponent("idf.txt"), encoding: .utf8) == "1.0\n")
    }

    @Test func aModelThatDoesNotMatchIsRefusedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let vocabulary = try folder.file("vocabulary.txt", "aa\nbb\n")
        let shortIDF = try folder.file("short.txt", "1.5\n")
        let badIDF = try folder.file("bad.txt", "1.5\nnan\n")
        let unsorted = try folder.file("unsorted.txt", "bb\naa\n")
        let output = folder.url.appendingPathComponent("out").path
        let cases: [([String], String)] = [
            (["--vocabulary", vocabulary, "--idf", shortIDF],
             "tenor: idf '\(shortIDF)' holds 1 idf values for a vocabulary of 2 terms: use the vocabulary and idf written by the same fit\n"),
            (["--vocabulary", vocabulary, "--idf", badIDF], "tenor: idf '\(badIDF)' line 2: expected a positive number, not 'nan'\n"),
            (["--vocabulary", unsorted, "--idf", shortIDF],
             "tenor: vocabulary '\(unsorted)' line 2: terms must be in code-point order, each once: 'aa' comes after 'bb': write it with tenor vectorize --fit\n"),
            (["--vocabulary", vocabulary],
             "tenor: --vocabulary needs --idf FILE (as tenor vectorize --fit writes it), unless you pass --no-idf or --counts\n"),
            (["--vocabulary", vocabulary, "--idf", shortIDF, "--min-df", "2"],
             "tenor: --min-df, --max-df and --max-features apply to the whole corpus's counts: pass them to the --fit step, not to --vocabulary\n"),
            (["--fit", "--document-frequencies"], "tenor: --document-frequencies and --fit are different steps: give one of them\n"),
        ]
        for (arguments, message) in cases {
            let result = try TenorRunner.run(["vectorize", "-", "--output", output] + arguments, input: "aa bb")
            #expect(result.status == 2)
            #expect(result.error == message)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func malformedCountsAreNamedByLine() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out").path
        let cases = [
            ("aa\t1\t1\n", "line 1: the first line must be 'paragraphs<TAB>N' with N the number of paragraphs counted"),
            ("paragraphs\t2\naa\t1\n", "line 2: expected 'term<TAB>documents<TAB>occurrences'"),
            ("paragraphs\t2\naa\t3\t3\n", "line 2: the counts must satisfy 1 <= documents <= paragraphs (2) and documents <= occurrences"),
            ("paragraphs\t2\nbb\t1\t1\naa\t1\t1\n", "line 3: terms must be in code-point order, each once: 'aa' comes after 'bb'"),
            ("", "is empty: expected a first line 'paragraphs<TAB>N'"),
        ]
        for (contents, problem) in cases {
            let counts = try folder.file("counts.tsv", contents)
            let result = try TenorRunner.run(["vectorize", "--fit", counts, "--output", output])
            #expect(result.status == 2)
            #expect(result.error == "tenor: document frequencies '\(counts)' \(problem): write them with tenor vectorize --document-frequencies\n")
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func idsAreWrittenInRowOrder() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let input = "{\"id\":\"x\",\"text\":\"aa bb\"}\n{\"id\":7,\"text\":\" \"}\n{\"id\":7,\"text\":\"bb cc\"}\n"
        let result = try TenorRunner.run(["vectorize", "-", "--input", "jsonl", "--id-field", "id", "--output", output.path], input: input)
        #expect(result.status == 0, "\(result.error)")
        // The record with no text is no row, so it has no id line.
        #expect(try String(contentsOf: output.appendingPathComponent("ids.txt"), encoding: .utf8) == "x\n7\n")
    }
}
