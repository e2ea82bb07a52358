import Testing
import TenorText
@testable import TenorVectorize

/// The exact text of `vocabulary.txt`.
@Suite struct VocabularyLinesTests {
    @Test func termsOneALine() throws {
        var bytes: [UInt8] = []
        let document = Document(name: "t", text: Array("zeta alpha\n\nmu".utf8))
        try Vectorizer(options: VectorizerOptions()).fitTransform([document]).matrix.vocabulary.writeLines { bytes += $0 }
        #expect(String(decoding: bytes, as: UTF8.self) == "alpha\nmu\nzeta\n")
    }

    /// Terms beyond the one-megabyte buffer, and one term longer than the buffer.
    @Test func linesBeyondTheBuffer() {
        let terms = (0..<200_000).map { "term\($0 + 100_000)" } + [String(repeating: "z", count: 1_500_000)]
        var vocabulary = Vocabulary(capacity: terms.count)
        for term in terms { vocabulary.append(Array(term.utf8)[...]) }
        var bytes: [UInt8] = []
        var calls = 0
        vocabulary.writeLines { bytes += $0; calls += 1 }
        #expect(calls > 2)
        #expect(String(decoding: bytes, as: UTF8.self) == terms.map { $0 + "\n" }.joined())
    }
}
