import Foundation
import Testing
import TenorMatrix
import TenorText
@testable import TenorVectorize

/// `NPZMatrixReader` on Tenor's own archives and on scipy's.
@Suite struct NPZReaderTests {
    @Test func readsBackWhatTenorWrites() throws {
        let document = Document(name: "t", text: Array("alpha gamma gamma\n\ngamma beta beta beta\n\n\n\nbeta".utf8))
        let matrix = try Vectorizer(options: VectorizerOptions()).fitTransform([document]).matrix
        var bytes: [UInt8] = []
        matrix.writeNPZ { bytes += $0 }
        #expect(try NPZMatrixReader.matrix(bytes) == matrix.values)
    }

    /// scipy 1.17.1 / numpy 2.4.6, in the reference virtualenv (../ref):
    ///
    ///     m = sp.csr_matrix(np.array([[0.5, 0, -2.25], [0, 0, 0], [0, 1e-300, 0]]))
    ///     sp.save_npz(b, m, compressed=False)   # then base64
    ///
    /// Its end record is the classic one (Tenor writes ZIP64 throughout).
    static let scipyArchive = Array(Data(base64Encoded: [
        "UEsDBC0AAAAAAAAAIQAPRIc1//////////8LABQAaW5kaWNlcy5ucHkBABAAjAAAAAAAAACMAAAAAAAAAJNOVU1QWQEAdgB7J2Rl",
        "c2NyJzogJzxpNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgzLCksIH0gICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAIAAAABAAAAUEsDBC0AAAAAAAAAIQAOpoCj////////",
        "//8KABQAaW5kcHRyLm5weQEAEACQAAAAAAAAAJAAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRyYW5fb3Jk",
        "ZXInOiBGYWxzZSwgJ3NoYXBlJzogKDQsKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgIAoAAAAAAgAAAAIAAAADAAAAUEsDBC0AAAAAAAAAIQCjw3SX//////////8KABQAZm9ybWF0Lm5weQEAEACD",
        "AAAAAAAAAIMAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnfFMzJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzog",
        "KCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIApjc3JQSwME",
        "LQAAAAAAAAAhAPHZFqL//////////wkAFABzaGFwZS5ucHkBABAAkAAAAAAAAACQAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzog",
        "JzxpOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAwAAAAAAAAADAAAAAAAAAFBLAwQtAAAAAAAAACEAZ7e0Lf//////////",
        "CAAUAGRhdGEubnB5AQAQAJgAAAAAAAAAmAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc8ZjgnLCAnZm9ydHJhbl9vcmRlcic6",
        "IEZhbHNlLCAnc2hhcGUnOiAoMywpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgCgAAAAAAAOA/AAAAAAAAAsBZ8/jCH26lAVBLAQItAy0AAAAAAAAAIQAPRIc1jAAAAIwAAAALAAAAAAAAAAAAAACA",
        "AQAAAABpbmRpY2VzLm5weVBLAQItAy0AAAAAAAAAIQAOpoCjkAAAAJAAAAAKAAAAAAAAAAAAAACAAckAAABpbmRwdHIubnB5UEsB",
        "Ai0DLQAAAAAAAAAhAKPDdJeDAAAAgwAAAAoAAAAAAAAAAAAAAIABlQEAAGZvcm1hdC5ucHlQSwECLQMtAAAAAAAAACEA8dkWopAA",
        "AACQAAAACQAAAAAAAAAAAAAAgAFUAgAAc2hhcGUubnB5UEsBAi0DLQAAAAAAAAAhAGe3tC2YAAAAmAAAAAgAAAAAAAAAAAAAAIAB",
        "HwMAAGRhdGEubnB5UEsFBgAAAAAFAAUAFgEAAPEDAAAAAA==",
    ].joined())!)

    @Test func readsScipysArchive() throws {
        let matrix = try NPZMatrixReader.matrix(Self.scipyArchive)
        #expect(matrix == SparseMatrix(rows: 3, columns: 3, rowOffsets: [0, 2, 2, 3], columnIndices: [0, 2, 1], values: [0.5, -2.25, 1e-300]))
    }

    @Test func aCompressedMemberIsRefusedWithWhatToDo() {
        var bytes = Self.scipyArchive
        // The first central directory entry's compression method (offset 10) set to deflate.
        let directory = (0..<bytes.count - 4).first { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) }!
        bytes[directory + 10] = 8
        #expect(throws: NPZMatrixReader.Problem("has indices.npy compressed: save it with scipy.sparse.save_npz(..., compressed=False) or tenor vectorize --format npz")) {
            try NPZMatrixReader.matrix(bytes)
        }
    }

    @Test func aCutOrForeignFileIsAnErrorNotACrash() {
        for length in [0, 10, 300, Self.scipyArchive.count - 30] {
            #expect(throws: NPZMatrixReader.Problem.self) { try NPZMatrixReader.matrix(Array(Self.scipyArchive.prefix(length))) }
        }
        #expect(throws: NPZMatrixReader.Problem.self) { try NPZMatrixReader.matrix(Array("not a zip at all, but long enough to look".utf8)) }
    }

    @Test func columnsOutOfOrderAreRefused() {
        var bytes = Self.scipyArchive
        // indices.npy is the first member: its elements [0, 2, 1] follow the 128-byte header
        // after the local header (30 bytes, the 11-byte name, a 20-byte ZIP64 field); swapping the
        // first row's columns leaves them decreasing.
        let elements = 30 + 11 + 20 + 128
        #expect(Array(bytes[elements..<elements + 8]) == [0, 0, 0, 0, 2, 0, 0, 0])
        bytes.replaceSubrange(elements..<elements + 8, with: [2, 0, 0, 0, 0, 0, 0, 0])
        #expect(throws: NPZMatrixReader.Problem("row 1 has a column out of order or outside the 3 columns (call sort_indices() before saving)")) {
            try NPZMatrixReader.matrix(bytes)
        }
    }
}
