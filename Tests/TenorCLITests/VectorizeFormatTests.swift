import Foundation
import Testing

/// `tenor vectorize --format`: which matrix file lands in the folder, and what goes.
@Suite struct VectorizeFormatTests {
    static func names(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func npzReplacesAnEarlierMatrixMarketFileAndKeepsOtherFiles() throws {
        let input = try TemporaryFolder()
        let corpus = try input.file("corpus.txt", "Cats and dogs.\n\nDogs and birds.\n")
        let folder = try TemporaryFolder()
        _ = try folder.file("notes.txt", "mine\n")
        let first = try TenorRunner.run(["vectorize", corpus, "--output", folder.url.path])
        #expect(first.status == 0, "\(first.error)")
        #expect(try Self.names(in: folder) == ["matrix.mtx", "notes.txt", "vocabulary.txt"])

        let second = try TenorRunner.run(["vectorize", corpus, "--output", folder.url.path, "--format", "npz"])
        #expect(second.status == 0, "\(second.error)")
        #expect(try Self.names(in: folder) == ["matrix.npz", "notes.txt", "vocabulary.txt"])
        let archive = try Data(contentsOf: folder.url.appendingPathComponent("matrix.npz"))
        // A ZIP: it starts with the first member's local header, `indices.npy`.
        #expect(Array(archive.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        #expect(String(decoding: archive[30..<41], as: UTF8.self) == "indices.npy")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("vocabulary.txt"), encoding: .utf8) == "and\nbirds\ncats\ndogs\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let input = try TemporaryFolder()
        let corpus = try input.file("corpus.txt", "Cats and dogs.\n")
        let result = try TenorRunner.run(["vectorize", corpus, "--output", input.url.appendingPathComponent("out").path, "--format", "csv"])
        #expect(result.status == 2)
        #expect(result.error.contains("--format"))
    }
}
