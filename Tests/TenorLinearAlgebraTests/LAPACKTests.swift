import Testing
import TenorLinearAlgebra

@Suite struct LAPACKTests {
    /// A tall 4×3 matrix; its transpose is the wide case.
    static func a<S: BLASScalar>(_: S.Type) -> DenseMatrix<S> {
        DenseMatrix([[2, 0, 1],
                     [1, 3, 0],
                     [0, 1, 4],
                     [1, 1, 1]])
    }

    @Test("SVD: singular values, orthonormal U and V, reconstruction",
          arguments: precisions, ["tall", "wide"])
    func singularValueDecomposition(_ scalar: any BLASScalar.Type, shape: String) throws {
        func check<S: BLASScalar>(_: S.Type) throws {
            let a = shape == "tall" ? Self.a(S.self) : Self.a(S.self).transposed()
            let svd = try a.singularValueDecomposition()
            // np.linalg.svd(A, compute_uv=False), A and Aᵀ alike
            #expect(isClose(svd.singularValues, [4.680722868313052, 3.051490258834983, 1.9440269108956387]))
            #expect(svd.u.rows == a.rows && svd.vt.columns == a.columns)
            #expect(isClose(svd.u.multiplied(by: svd.u, transposeA: true), .identity(3)))
            #expect(isClose(svd.vt.multiplied(by: svd.vt, transposeB: true), .identity(3)))
            var us = svd.u
            for i in 0..<us.rows { for j in 0..<3 { us[i, j] *= svd.singularValues[j] } }
            #expect(isClose(us * svd.vt, a))
        }
        try check(scalar)
    }

    @Test func svdRejectsNaN() {
        var a = Self.a(Double.self)
        a[2, 1] = .nan
        #expect(throws: LinearAlgebraError.nonFiniteEntries(operation: "gesdd")) {
            try a.singularValueDecomposition()
        }
    }

    @Test("QR: orthonormal Q, upper-triangular R, Q·R = A", arguments: precisions, ["tall", "wide"])
    func qrDecomposition(_ scalar: any BLASScalar.Type, shape: String) {
        func check<S: BLASScalar>(_: S.Type) {
            let a = shape == "tall" ? Self.a(S.self) : Self.a(S.self).transposed()
            let qr = a.qrDecomposition()
            // numpy.linalg.qr runs the same geqrf, so even the signs agree:
            // np.linalg.qr(A)[1] and np.linalg.qr(A.T)[1]
            let r: DenseMatrix<S> = shape == "tall"
                ? DenseMatrix([[-2.449489742783178, -1.632993161855452, -1.224744871391589],
                               [0, -2.886751345948129, -1.039230484541326],
                               [0, 0, -3.9268307832143723]])
                : DenseMatrix([[-2.23606797749979, -0.8944271909999157, -1.7888543819998317, -1.341640786499874],
                               [0, -3.0331501776206204, -0.46156633137705083, -0.9231326627541017],
                               [0, 0, 3.686048903872428, 0.5897678246195884]])
            #expect(isClose(qr.r, r))
            #expect((0..<3).allSatisfy { i in (0..<i).allSatisfy { j in qr.r[i, j] == 0 } })
            #expect(qr.q.rows == a.rows && qr.q.columns == 3)
            #expect(isClose(qr.q.multiplied(by: qr.q, transposeA: true), .identity(3)))
            #expect(isClose(qr.q * qr.r, a))
        }
        check(scalar)
    }
}
