import Foundation
import Testing

/// `TENOR_THREADS` changes how the work is split, never what is written.
@Suite struct ThreadCountTests {
    /// `paragraphs` paragraphs of 5–40 words drawn from 900, the first ones far more often
    /// (seeded), about 120 bytes each.
    static func corpus(paragraphs: Int) -> String {
        var state: UInt64 = 7
        func next() -> UInt64 {   // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
        return (0..<paragraphs).map { _ in
            (0..<(5 + Int(next() % 36))).map { _ in
                let uniform = Double(next() % 1_000_000) / 1_000_000
                return "w\(Int(uniform * uniform * uniform * 900))x"
            }.joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    /// 1,500 paragraphs, 179 KB: enough rows and common words that BLAS, left to itself, would
    /// split a search's products over threads (the build before this test printed other last
    /// digits with one thread for `similar`, its LSA and `report`).
    static let searchCorpus = corpus(paragraphs: 1500)

    @Test(arguments: [
        ["similar", "--format", "json"],
        ["similar", "--method", "lsa", "--format", "json"],
        ["report", "--format", "json"],
        ["tone", "--format", "tsv"],
        ["stats", "--format", "tsv"],
    ])
    func oneThreadPrintsWhatEveryCorePrints(_ command: [String]) throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("corpus.txt", Self.searchCorpus)
        let every = try TenorRunner.run(command + [path])
        let one = try TenorRunner.run(command + [path], environment: ["TENOR_THREADS": "1"])
        #expect(every.status == 0 && one.status == 0, "\(every.error)\(one.error)")
        #expect(!every.output.isEmpty)
        #expect(one.output == every.output)
    }

    /// 5,000 paragraphs, about 600 KB: beyond the 256 KiB the vectorizer counts whole, so it is
    /// cut into one batch per core at least, which the cores take as they come free.
    @Test func oneThreadWritesTheMatrixEveryCoreWrites() throws {
        let folder = try TemporaryFolder()
        let corpus = Self.corpus(paragraphs: 5000)
        try #require(corpus.utf8.count > 512 * 1024)
        let path = try folder.file("corpus.txt", corpus)
        let (every, one) = (folder.url.appendingPathComponent("every"), folder.url.appendingPathComponent("one"))
        #expect(try TenorRunner.run(["vectorize", path, "--format", "npz", "--output", every.path]).status == 0)
        #expect(try TenorRunner.run(["vectorize", path, "--format", "npz", "--output", one.path],
                                    environment: ["TENOR_THREADS": "1"]).status == 0)
        for file in ["matrix.npz", "vocabulary.txt"] {
            let bytes = try Data(contentsOf: every.appendingPathComponent(file))
            #expect(!bytes.isEmpty)
            #expect(try Data(contentsOf: one.appendingPathComponent(file)) == bytes, "\(file)")
        }
    }
}
