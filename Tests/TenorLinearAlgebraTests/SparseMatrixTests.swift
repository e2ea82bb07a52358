import Testing
import TenorLinearAlgebra

@Suite struct SparseMatrixTests {
    let dense = DenseMatrix<Double>([[0, 2, 0, 1],
                                     [0, 0, 0, 0],
                                     [3, 0, 0, -1]])

    @Test func compressedRows() {
        let sparse = SparseMatrix(dense)
        #expect(sparse.rowOffsets == [0, 2, 2, 4])
        #expect(sparse.columnIndices == [1, 3, 0, 3])
        #expect(sparse.values == [2, 1, 3, -1])
        #expect(sparse.row(2).columnIndices == [0, 3] && sparse.row(2).values == [3, -1])
        #expect(sparse.row(1).values.isEmpty)
        #expect(DenseMatrix(sparse) == dense)
    }

    @Test func transposed() {
        let transpose = SparseMatrix(dense).transposed()
        #expect(transpose == SparseMatrix(dense.transposed()))
        #expect(transpose.transposed() == SparseMatrix(dense))
    }

    @Test("sparse × dense matches dense × dense", arguments: precisions)
    func sparseTimesDense(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            var a = scrambled(S.self, rows: 6, columns: 7)
            for i in 0..<6 { for j in 0..<7 where (i + 2 * j) % 3 != 0 { a[i, j] = 0 } }
            let b = scrambled(S.self, rows: 7, columns: 4)
            #expect(isClose(SparseMatrix(a) * b, a * b))
        }
        check(scalar)
    }

    @Test func rejectsUnsortedColumns() async {
        await #expect(processExitsWith: .failure) {
            _ = SparseMatrix<Float>(rows: 1, columns: 3, rowOffsets: [0, 2], columnIndices: [2, 1], values: [1, 1])
        }
    }

    @Test func rejectsColumnOutOfRange() async {
        await #expect(processExitsWith: .failure) {
            _ = SparseMatrix<Float>(rows: 1, columns: 3, rowOffsets: [0, 1], columnIndices: [3], values: [1])
        }
    }

    @Test func rejectsDecreasingOffsets() async {
        await #expect(processExitsWith: .failure) {
            _ = SparseMatrix<Float>(
                rows: 2, columns: 3, rowOffsets: [0, 2, 1], columnIndices: [0], values: [1])
        }
    }
}
