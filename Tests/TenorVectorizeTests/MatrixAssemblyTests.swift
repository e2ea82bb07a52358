import Foundation
import Testing
import TenorMatrix
import TenorText
@testable import TenorVectorize

@Suite struct MatrixAssemblyTests {
    /// Two chunks, a batch each: "bb aa" and "cc" (local ids bb 0, aa 1, cc 2), then "aa dd dd" (aa 0, dd 1).
    /// Columns aa 0, bb 1, dd 2; cc is dropped, so the second chunk moves down one entry. As in
    /// `Vectorizer`, the first chunk's ids are the merged ones, so its map also holds dd (id 3).
    private func assemble(_ options: VectorizerOptions, idf: [Double]?) -> SparseMatrix<Double> {
        Self.assembly(options, idf: idf).matrix()
    }

    /// The assembly of the two chunks above.
    static func assembly(_ options: VectorizerOptions, idf: [Double]?) -> MatrixAssembly {
        let documents = [Document(name: "first", text: Array("bb aa\n\ncc".utf8)),
                         Document(name: "second", text: Array("aa dd dd".utf8))]
        let counted = [TermCounts(runs: [ParagraphRun(document: 0, paragraphs: 0..<2)], of: documents, options: options, batch: 0),
                       TermCounts(runs: [ParagraphRun(document: 1, paragraphs: 0..<1)], of: documents, options: options, batch: 1)]
        return MatrixAssembly(counted: counted, columnsOfChunks: [[1, 0, -1, 2], [0, 2]], options: options, idf: idf, columns: 3)
    }

    @Test func droppedTermsLeaveNoGap() throws {
        let matrix = assemble(try VectorizerOptions(weighting: .counts), idf: nil)
        #expect(matrix.rows == 3 && matrix.columns == 3)
        #expect(matrix.rowOffsets == [0, 2, 2, 4])
        #expect(matrix.columnIndices == [0, 1, 0, 2])
        #expect(matrix.values == [1, 1, 1, 2])
    }

    @Test func binaryCountsOnce() throws {
        let matrix = assemble(try VectorizerOptions(binary: true, weighting: .counts), idf: nil)
        #expect(matrix.values == [1, 1, 1, 1])
    }

    @Test func rowsAreWeightedByIDFAndDividedByTheirNorm() throws {
        // idf aa 1, bb 2, dd 3. Row 1: aa 1·1, bb 1·2, norm √5. Row 3: aa 1·1, dd 2·3, norm √37.
        let matrix = assemble(try VectorizerOptions(), idf: [1, 2, 3])
        let (first, third) = (5.0.squareRoot(), 37.0.squareRoot())
        let expected: [Double] = [1 / first, 2 / first, 1 / third, 6 / third]
        #expect(matrix.values == expected)
    }

    @Test func sublinearL1() throws {
        // Row 3: aa 1 + ln 1 = 1, dd (1 + ln 2)·3; l1 divides by their sum.
        let matrix = assemble(try VectorizerOptions(weighting: TermWeighting(sublinearTF: true, norm: .l1)), idf: [1, 2, 3])
        let dd: Double = (1 + log(2.0)) * 3
        let expected: [Double] = [1 / 3, 2 / 3, 1 / (1 + dd), dd / (1 + dd)]
        #expect(matrix.values == expected)
    }
}
