import Testing
import TenorLinearAlgebra

@Suite struct DenseMatrixTests {
    let a = DenseMatrix<Double>([[1, 2, 3],
                                 [4, 5, 6]])

    @Test func rowMajorLayoutAndSubscript() {
        #expect(a.rows == 2 && a.columns == 3)
        #expect(a.elements == [1, 2, 3, 4, 5, 6])
        #expect(a[1, 0] == 4)
        var b = a
        b[0, 2] = 9
        #expect(b.elements == [1, 2, 9, 4, 5, 6])
    }

    @Test func transposed() {
        #expect(a.transposed() == DenseMatrix([[1, 4], [2, 5], [3, 6]]))
        #expect(a.transposed().transposed() == a)
    }

    @Test func rowBlock() {
        #expect(a[rows: 1..<2] == DenseMatrix([[4, 5, 6]]))
        #expect(a[rows: 1..<1] == DenseMatrix(rows: 0, columns: 3, elements: []))
    }

    @Test func identity() {
        #expect(DenseMatrix<Float>.identity(2) == DenseMatrix([[1, 0], [0, 1]]))
    }
}
