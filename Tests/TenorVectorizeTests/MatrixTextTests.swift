import Testing
import TenorText
@testable import TenorVectorize

/// The exact text of `matrix.mtx`, from counts (whole numbers, so every expected line can be
/// written by hand).
@Suite struct MatrixTextTests {
    static func counts(_ text: String) throws -> TermMatrix {
        let document = Document(name: "t", text: Array(text.utf8))
        return try Vectorizer(options: VectorizerOptions(weighting: .counts)).fitTransform([document]).matrix
    }

    static func matrixMarket(_ matrix: TermMatrix) -> String {
        var bytes: [UInt8] = []
        matrix.writeMatrixMarket(comments: ["test"]) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func smallMatrix() throws {
        // Columns: alpha, beta, gamma. Row 2 has no term, so no line.
        let matrix = try Self.counts("beta alpha alpha\n\n! a\n\ngamma beta")
        #expect(Self.matrixMarket(matrix) == """
            %%MatrixMarket matrix coordinate real general
            % test
            3 3 4
            1 1 2
            1 2 1
            3 2 1
            3 3 1

            """)
    }

    /// Enough entries for many blocks, formatted in parallel and written in order.
    @Test func manyBlocksKeepTheirOrder() throws {
        // Paragraph p holds the words w0 … w(p % 9), word wk (k + 1) times; the columns are the
        // words in code-point order, w0 … w8.
        let paragraphs = (0..<20_000).map { paragraph in
            (0...(paragraph % 9)).map { word in String(repeating: "w\(word) ", count: word + 1) }.joined()
        }
        let matrix = try Self.counts(paragraphs.joined(separator: "\n\n"))
        var expected = "%%MatrixMarket matrix coordinate real general\n% test\n"
        let entries = paragraphs.indices.reduce(0) { $0 + $1 % 9 + 1 }
        expected += "20000 9 \(entries)\n"
        for paragraph in paragraphs.indices {
            for word in 0...(paragraph % 9) { expected += "\(paragraph + 1) \(word + 1) \(word + 1)\n" }
        }
        #expect(matrix.values.values.count > 65_536)
        #expect(Self.matrixMarket(matrix) == expected)
    }

    struct Full: Error, Equatable {}

    @Test func aFailingSinkStopsTheWriting() throws {
        let matrix = try Self.counts((0..<20_000).map { "w\($0 % 50) x\($0 % 7)" }.joined(separator: "\n\n"))
        var calls = 0
        #expect(throws: Full()) {
            try matrix.writeMatrixMarket { _ in
                calls += 1
                if calls == 2 { throw Full() }
            }
        }
        #expect(calls == 2)
    }
}
