import Foundation
import Testing
@testable import TenorCLI

/// `tenor similar --matrix FOLDER --rows FIRST:LAST`: a fitted matrix searched a block of rows at
/// a time, expected to give exactly what `tenor similar` gives on the text it was fitted from.
@Suite struct SimilarMatrixTests {
    /// `tenor vectorize --format npz` of `text` (JSONL records when `jsonl`), in a new folder.
    static func matrixFolder(_ folder: TemporaryFolder, _ text: String, jsonl: Bool = false) throws -> String {
        let input = try folder.file(jsonl ? "corpus.jsonl" : "corpus.txt", text)
        let output = folder.url.appendingPathComponent("matrix").path
        let reading = jsonl ? ["--input", "jsonl", "--id-field", "id"] : []
        let result = try TenorRunner.run(["vectorize", input, "--format", "npz", "--output", output] + reading)
        #expect(result.status == 0, "\(result.error)")
        return output
    }

    /// SimilarCommandTests.text: cos(P1, P2) = 1.287682² / 2.127175² = 0.366447 by hand
    /// (scikit-learn: 0.36644682); P3 shares no term.
    @Test func aMatrixGivesTheTextsNeighboursAndRowsPickTheQueries() throws {
        let folder = try TemporaryFolder()
        let matrix = try Self.matrixFolder(folder, SimilarCommandTests.text)
        let whole = try TenorRunner.run(["similar", "--matrix", matrix, "--format", "tsv"])
        #expect(whole.status == 0)
        #expect(whole.lines == ["paragraph\trank\tneighbor\tscore", "1\t1\t2\t0.366447", "2\t1\t1\t0.366447"])
        let block = try TenorRunner.run(["similar", "--matrix", matrix, "--rows", "2:3", "--format", "tsv"])
        #expect(block.lines == ["paragraph\trank\tneighbor\tscore", "2\t1\t1\t0.366447"])
    }

    /// 300 records over a 12-word vocabulary, so many pairs tie and many rows repeat: ids r0…r299.
    static let corpus: String = {
        let words = ["tax", "budget", "road", "school", "park", "water", "fee", "bond", "rate", "city", "plan", "vote"]
        var state: UInt64 = 15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<300).map { row in
            let text = (0..<(1 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
            return "{\"id\":\"r\(row)\",\"text\":\"\(text)\"}\n"
        }.joined()
    }()

    /// The JSONL rows as (paragraph, id, [(neighbor, id, score)]).
    static func neighbors(_ output: String) throws -> [[String]] {
        try output.split(separator: "\n").map { line in
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let found = try #require(row["neighbors"] as? [[String: Any]])
            return ["\(row["paragraph"]!) \(row["id"] ?? "-")"] + found.map { "\($0["paragraph"]!) \($0["id"] ?? "-") \($0["score"]!)" }
        }
    }

    /// Blocks cut inside and across the search's 64-row blocks, one row alone among them: their
    /// union is the whole-corpus run, scores to the last digit and ties in the same order.
    @Test(arguments: [["--top", "4"], ["--top", "3", "--min-score", "0.5"], ["--top", "1000", "--min-score=-1"]])
    func blocksTogetherEqualTheWholeCorpusRun(options: [String]) throws {
        let folder = try TemporaryFolder()
        let matrix = try Self.matrixFolder(folder, Self.corpus, jsonl: true)
        let text = try TenorRunner.run(["similar", "--input", "jsonl", "--format", "jsonl", folder.url.appendingPathComponent("corpus.jsonl").path] + options)
        let expected = try Self.neighbors(text.output).map { row in
            // The text run has no ids: row n is record r(n-1).
            row.map { cell -> String in
                var parts = cell.split(separator: " ").map(String.init)
                parts[1] = "r\(Int(parts[0])! - 1)"
                return parts.joined(separator: " ")
            }
        }
        #expect(expected.count == 300)
        var union: [[String]] = []
        for rows in ["1:1", "2:63", "64:65", "66:200", "201:300"] {
            let block = try TenorRunner.run(["similar", "--matrix", matrix, "--rows", rows, "--format", "jsonl"] + options)
            #expect(block.status == 0, "\(block.error)")
            union += try Self.neighbors(block.output)
        }
        #expect(union == expected)
    }

    /// The near groups of blocks, joined where they share a row, are the whole run's near groups.
    @Test func nearGroupsOfBlocksJoinIntoTheWholeRunsGroups() throws {
        let folder = try TemporaryFolder()
        let matrix = try Self.matrixFolder(folder, Self.corpus, jsonl: true)
        let text = try TenorRunner.run(["similar", "--input", "jsonl", "--format", "jsonl", "--duplicates", "--min-score", "0.8",
                                        folder.url.appendingPathComponent("corpus.jsonl").path])
        func groups(_ output: String, kind: String) throws -> [Set<Int>] {
            try output.split(separator: "\n").compactMap { line in
                let group = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                guard group["kind"] as? String == kind else { return nil }
                return Set(try #require(group["members"] as? [[String: Any]]).map { $0["paragraph"] as! Int })
            }
        }
        let expected = try groups(text.output, kind: "near")
        #expect(expected.count > 1)
        var joined: [Set<Int>] = []
        for rows in ["1:100", "101:101", "102:300"] {
            let block = try TenorRunner.run(["similar", "--matrix", matrix, "--rows", rows, "--duplicates", "--min-score", "0.8", "--format", "jsonl"])
            #expect(block.status == 0, "\(block.error)")
            for group in try groups(block.output, kind: "near") {
                let touching = joined.filter { !$0.isDisjoint(with: group) }
                joined.removeAll { !$0.isDisjoint(with: group) }
                joined.append(touching.reduce(group) { $0.union($1) })
            }
        }
        #expect(joined.sorted { $0.min()! < $1.min()! } == expected)
    }

    /// Parsed in process: 1-based rows, both ends included, become the 0-based range.
    @Test func rowsParseAsFirstToLastInclusive() throws {
        let command = try #require(try TenorCommand.parseAsRoot(["similar", "--matrix", "m", "--rows", "2:5"]) as? SimilarCommand)
        #expect(command.matrix == "m")
        #expect(try command.rows?.range(within: 5) == 1..<5)
        #expect(try SimilarCommand.RowBlock(argument: "7:7")?.range(within: 7) == 6..<7)
        for bad in ["0:3", "4:3", "3", "1:2:3", ":4", "a:b", ""] {
            #expect(SimilarCommand.RowBlock(argument: bad) == nil, "\(bad)")
        }
    }

    @Test func badMatricesAndRowsSayWhatToDo() throws {
        let folder = try TemporaryFolder()
        let matrix = try Self.matrixFolder(folder, SimilarCommandTests.text)
        let past = try TenorRunner.run(["similar", "--matrix", matrix, "--rows", "2:4"])
        #expect(past.status == 2)
        #expect(past.error == "tenor: --rows 2:4 reaches past the matrix's 3 rows: give a last row of at most 3\n")
        _ = try folder.file("matrix/ids.txt", "a\nb\n")
        let ids = try TenorRunner.run(["similar", "--matrix", matrix])
        #expect(ids.status == 2)
        #expect(ids.error == "tenor: '\(matrix)/ids.txt' has 2 ids for the matrix's 3 rows: use the ids.txt written with the matrix\n")
        let empty = folder.url.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let missing = try TenorRunner.run(["similar", "--matrix", empty])
        #expect(missing.status == 2)
        #expect(missing.error.contains("holds no matrix.npz: write it with tenor vectorize --format npz"))
        _ = try folder.file("empty/matrix.npz", "not an archive")
        let foreign = try TenorRunner.run(["similar", "--matrix", empty])
        #expect(foreign.status == 2)
        #expect(foreign.error.contains("matrix.npz' is not a ZIP archive"))
        for (arguments, message) in [
            (["--matrix", matrix, "--rows", "3:2"], "The value '3:2' is invalid for '--rows <first:last>'"),
            (["--matrix", matrix, "other.txt"], "--matrix is the corpus: leave out the input files"),
            (["--matrix", matrix, "--method", "lsa"], "--matrix holds TF-IDF rows: leave out --method lsa"),
            (["--rows", "1:2", "a.txt"], "--rows picks rows of a --matrix: give the matrix folder too"),
        ] {
            let result = try TenorRunner.run(["similar"] + arguments)
            #expect(result.status == 2)
            #expect(result.error.contains(message), "\(result.error)")
        }
    }
}
