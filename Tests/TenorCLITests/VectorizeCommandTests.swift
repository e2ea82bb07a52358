import Foundation
import Testing

/// `tenor vectorize` against scikit-learn 1.9.1's matrices for every option set in
/// Tests/Fixtures/tfidf/options.tsv (regenerate with Scripts/make-tfidf-fixtures).
@Suite struct VectorizeCommandTests {
    struct OptionSet: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let optionSets: [OptionSet] = {
        let table = (try? String(contentsOf: TenorRunner.fixtures.appendingPathComponent("tfidf/options.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return OptionSet(name: String(fields[0]), arguments: fields[1].split(separator: " ").map(String.init))
        }
    }()

    @Test func everyFixtureIsListed() {
        #expect(Self.optionSets.count == 10)
    }

    @Test(arguments: optionSets)
    func matchesScikitLearn(_ set: OptionSet) throws {
        let folder = try TemporaryFolder()
        let corpus = TenorRunner.fixtures.appendingPathComponent("tfidf/corpus.txt").path
        let result = try TenorRunner.run(["vectorize", corpus, "--output", folder.url.path] + set.arguments)
        #expect(result.status == 0, "\(result.error)")
        try Self.expectScikitLearnMatrix(set, in: folder.url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["matrix.mtx", "vocabulary.txt"])
    }

    /// Checks that `folder` holds the fixture's vocabulary and matrix.
    static func expectScikitLearnMatrix(_ set: OptionSet, in folder: URL) throws {
        let expectedFolder = TenorRunner.fixtures.appendingPathComponent("tfidf/\(set.name)")
        let vocabulary = try String(contentsOf: folder.appendingPathComponent("vocabulary.txt"), encoding: .utf8)
        let expectedVocabulary = try String(contentsOf: expectedFolder.appendingPathComponent("vocabulary.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("# ") }.joined(separator: "\n") + "\n"
        #expect(vocabulary == expectedVocabulary)

        let matrix = try Entries(contentsOf: folder.appendingPathComponent("matrix.mtx"))
        let expected = try Entries(contentsOf: expectedFolder.appendingPathComponent("matrix.mtx"))
        #expect(matrix.shape == expected.shape)
        #expect(matrix.values.count == expected.values.count)
        for (coordinate, value) in expected.values {
            let written = try #require(matrix.values[coordinate], "missing entry \(coordinate)")
            // tenor writes 12 significant digits: within 5e-12 relative.
            #expect(abs(written - value) <= 5e-12 * abs(value), "entry \(coordinate)")
        }
    }

    @Test func aFailedRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out").path
        let result = try TenorRunner.run(["vectorize", "-", "--output", output, "--min-df", "2"], input: "alpha beta\n\ngamma delta")
        #expect(result.status == 2)
        #expect(result.error == "tenor: cannot build a term matrix from standard input: no terms remain after the document-frequency limits: try a lower --min-df or a higher --max-df\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The stop-word list is compiled in: a copy of the binary in an empty folder still has it.
    @Test func aCopiedBinaryFindsItsLexicons() throws {
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("tenor")
        try FileManager.default.copyItem(at: TenorRunner.executable, to: copy)
        let result = try TenorRunner.run(
            ["vectorize", "-", "--output", folder.url.appendingPathComponent("out").path, "--stop-words", "english"],
            input: "The river and the bridge.\n\nA bridge over the river.", executable: copy)
        #expect(result.status == 0, "\(result.error)")
        let vocabulary = try String(contentsOf: folder.url.appendingPathComponent("out/vocabulary.txt"), encoding: .utf8)
        #expect(vocabulary == "bridge\nriver\n")
    }
}

/// The entries of a Matrix Market coordinate file.
struct Entries {
    var shape: [Int] = []
    var values: [[Int]: Double] = [:]

    init(contentsOf url: URL) throws {
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("%") {
            let fields = line.split(separator: " ")
            if shape.isEmpty {
                shape = fields.map { Int($0)! }
            } else {
                values[[Int(fields[0])!, Int(fields[1])!]] = Double(fields[2])!
            }
        }
    }
}
