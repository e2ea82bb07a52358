import Testing
import TenorLinearAlgebra

@Suite struct BLASTests {
    @Test("gemm: all four transpose combinations, with beta ≠ 0", arguments: precisions)
    func gemmTransposes(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            let a = DenseMatrix<S>([[1, 2, 3], [4, 5, 6]])
            let b = DenseMatrix<S>([[7, 8], [9, 10], [11, 12]])
            let c = DenseMatrix<S>([[1, 1], [1, -1]])
            // A·B = [[1·7+2·9+3·11, 1·8+2·10+3·12], [4·7+5·9+6·11, 4·8+5·10+6·12]]
            //     = [[58, 64], [139, 154]]; 2·A·B + 3·C = [[119, 131], [281, 305]]
            let expected = DenseMatrix<S>([[119, 131], [281, 305]])
            for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
                var result = c
                gemm(
                    transposeA ? a.transposed() : a, transposeB ? b.transposed() : b,
                    transposeA: transposeA, transposeB: transposeB, alpha: 2, beta: 3, into: &result)
                #expect(result == expected, "transposeA: \(transposeA), transposeB: \(transposeB)")
            }
            #expect(a * b == DenseMatrix([[58, 64], [139, 154]]))
        }
        check(scalar)
    }

    @Test("gemm into blocks of a larger matrix equals the whole product", arguments: precisions)
    func blockedGemm(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            let x = scrambled(S.self)
            let whole = x.multiplied(by: x, transposeB: true)
            var blocked = DenseMatrix<S>(rows: 7, columns: 7, repeating: .nan)
            for start in stride(from: 0, to: 7, by: 3) {
                let rows = x[rows: start..<min(start + 3, 7)]
                gemm(rows, x[rows: 0..<4], transposeB: true, into: &blocked, at: (start, 0))
                gemm(rows, x[rows: 4..<7], transposeB: true, into: &blocked, at: (start, 4))
            }
            #expect(blocked == whole)
        }
        check(scalar)
    }

    @Test("gemv: A·x and Aᵀ·y", arguments: precisions)
    func gemv(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            let a = DenseMatrix<S>([[1, 2, 3], [4, 5, 6]])
            // A·[1, 0, -1] = [1 - 3, 4 - 6]
            #expect(a.multiplied(by: [1, 0, -1]) == [-2, -2])
            // 2·Aᵀ·[1, 2] = 2·[1 + 8, 2 + 10, 3 + 12]
            #expect(a.multiplied(by: [1, 2], transposeA: true, alpha: 2) == [18, 24, 30])
        }
        check(scalar)
    }

    @Test("Gram matrix is A·Aᵀ, symmetric", arguments: precisions)
    func gramMatrix(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            // [[1+4+9, 4+10+18], [4+10+18, 16+25+36]]
            #expect(DenseMatrix<S>([[1, 2, 3], [4, 5, 6]]).gramMatrix() == DenseMatrix([[14, 32], [32, 77]]))
            let x = scrambled(S.self)
            let gram = x.gramMatrix()
            #expect(gram == x.multiplied(by: x, transposeB: true))
            #expect(gram == gram.transposed())
        }
        check(scalar)
    }

    @Test("dot, nrm2, scal and axpy", arguments: precisions)
    func vectorOperations(_ scalar: any BLASScalar.Type) {
        func check<S: BLASScalar>(_: S.Type) {
            let x: [S] = [1, 2, 3]
            #expect(x.dot([4, 5, 6]) == 32)  // 4 + 10 + 18
            #expect(([3, 4] as [S]).euclideanNorm() == 5)  // √(9 + 16)
            var y = x
            y.scale(by: -2)
            #expect(y == [-2, -4, -6])
            y.add(x, scaledBy: 3)  // -2·x + 3·x
            #expect(y == x)
        }
        check(scalar)
    }

    @Test func mismatchedGemmTrapsWithAClearMessage() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = DenseMatrix<Double>(rows: 3, columns: 4, repeating: 1)
                * DenseMatrix<Double>(rows: 5, columns: 2, repeating: 1)
        }
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self)
            .contains("gemm: A is 3×4 but B is 5×2; inner dimensions must match"))
    }
}
