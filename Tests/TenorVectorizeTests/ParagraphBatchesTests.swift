import Testing
import TenorText
@testable import TenorVectorize

@Suite struct ParagraphBatchesTests {
    /// Two documents of 9-byte paragraphs ("para0 abc"): six in the first, four in the second.
    static let documents = [
        Document(name: "first", text: Array((0..<6).map { "para\($0) abc" }.joined(separator: "\n\n").utf8)),
        Document(name: "second", text: Array((0..<4).map { "para\($0) xyz" }.joined(separator: "\n\n").utf8)),
    ]

    /// 90 bytes at 30 a batch make three parts; a batch ends with the paragraph that reaches its
    /// share (30 and 60 bytes: reached by the 4th paragraph, 36, and the 7th, 63), so the
    /// second batch runs on from the first document into the second.
    @Test func batchesEndWhereTheirShareIsReached() {
        let batches = ParagraphBatches(Self.documents, bytesPerBatch: 30, minimumCount: 1, wholeBelow: 0)
        #expect(batches.bytes == 90)
        #expect(batches.runs.map { $0.map { [$0.document, $0.paragraphs.lowerBound, $0.paragraphs.upperBound] } } == [
            [[0, 0, 4]],
            [[0, 4, 6], [1, 0, 1]],
            [[1, 1, 4]],
        ])
    }

    @Test func everyParagraphOnceInOrder() {
        for perBatch in [1, 7, 25, 99, 1000] {
            let batches = ParagraphBatches(Self.documents, bytesPerBatch: perBatch, minimumCount: 1, wholeBelow: 0)
            let paragraphs = batches.runs.flatMap { $0.flatMap { run in run.paragraphs.map { [run.document, $0] } } }
            #expect(paragraphs == (0..<6).map { [0, $0] } + (0..<4).map { [1, $0] })
            #expect(batches.runs.allSatisfy { !$0.isEmpty })
        }
    }

    @Test func smallTextStaysWhole() {
        #expect(ParagraphBatches(Self.documents, bytesPerBatch: 10, minimumCount: 4, wholeBelow: 91).count == 1)
        // From 90 bytes on, at least the minimum count, however large a batch may be.
        #expect(ParagraphBatches(Self.documents, bytesPerBatch: 1000, minimumCount: 4, wholeBelow: 90).count == 4)
    }

    /// Chunks that took the batches in any order, any number each, give the matrix that
    /// counting the paragraphs in order in one chunk gives, in memory and in an npz file.
    @Test(arguments: [[[3, 0, 5], [1, 4, 2]], [[5, 4, 3, 2, 1, 0]], [[2], [0, 1, 3, 4], [5]], [[], [0, 1, 2, 3, 4, 5]]])
    func batchesTakenInAnyOrder(_ taken: [[Int]]) throws {
        let document = PendingNPZTests.corpus
        let batches = ParagraphBatches([document], bytesPerBatch: 100_000, minimumCount: 6)
        try #require(batches.count == 6)
        // min_df 2 drops terms, so batches keep fewer entries than they counted.
        let options = try VectorizerOptions(minDocumentFrequency: .count(2))
        let counted = taken.map { order in
            var next = order.makeIterator()
            return TermCounts(expectedBytes: 1 << 16, rows: 100, of: [document], options: options) {
                next.next().map { ($0, batches.runs[$0]) }
            }
        }
        let vectorizer = Vectorizer(options: options)
        let pending = try vectorizer.fitCounted(counted, paragraphs: document.paragraphs.count).matrix
        let expected = try vectorizer.fitTransform([document]).matrix
        #expect(pending.matrix().values == expected.values)
        #expect(Array(pending.vocabulary) == Array(expected.vocabulary))
        let file = try PendingNPZTests.streamed(pending, blockEntries: 1000, wide: false)
        #expect(file.bytes == PendingNPZTests.whole(expected, wide: false))
        #expect(file.writtenOnce)
    }
}
