internal import CBLAS

/// The BLAS and LAPACK routines of one precision, as a table of C functions.
///
/// Opaque outside this module; use the operations on ``DenseMatrix``,
/// ``SparseMatrix`` and `Array` instead. Sendable: its functions are C functions of the system
/// libraries (``BLASLibrary``), which hold no state of their own.
public struct BLASRoutines<Scalar: BLASScalar>: @unchecked Sendable {
    typealias Pointer = UnsafePointer<Scalar>?
    typealias MutablePointer = UnsafeMutablePointer<Scalar>?
    typealias Integer = UnsafePointer<Int32>
    typealias Buffer = UnsafeMutablePointer<Scalar>

    // CBLAS, always called with CblasRowMajor.
    let gemm: (
        CBLAS_LAYOUT, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32,
        Scalar, Pointer, Int32, Pointer, Int32, Scalar, MutablePointer, Int32
    ) -> Void
    let gemv: (
        CBLAS_LAYOUT, CBLAS_TRANSPOSE, Int32, Int32,
        Scalar, Pointer, Int32, Pointer, Int32, Scalar, MutablePointer, Int32
    ) -> Void
    let syrk: (
        CBLAS_LAYOUT, CBLAS_UPLO, CBLAS_TRANSPOSE, Int32, Int32,
        Scalar, Pointer, Int32, Scalar, MutablePointer, Int32
    ) -> Void
    let dot: (Int32, Pointer, Int32, Pointer, Int32) -> Scalar
    let nrm2: (Int32, Pointer, Int32) -> Scalar
    let scal: (Int32, Scalar, MutablePointer, Int32) -> Void
    let axpy: (Int32, Scalar, Pointer, Int32, MutablePointer, Int32) -> Void

    // Fortran LAPACK, column-major, every argument by reference (see CLAPACK/shim.h).
    let gesdd: (
        UnsafePointer<CChar>, Integer, Integer, Buffer, Integer, Buffer, Buffer, Integer,
        Buffer, Integer, Buffer, Integer, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>,
        Int
    ) -> Void
    let geqrf: (
        Integer, Integer, Buffer, Integer, Buffer, Buffer, Integer, UnsafeMutablePointer<Int32>
    ) -> Void
    let orgqr: (
        Integer, Integer, Integer, Buffer, Integer, UnsafePointer<Scalar>, Buffer, Integer,
        UnsafeMutablePointer<Int32>
    ) -> Void
    let posv: (
        UnsafePointer<CChar>, Integer, Integer, Buffer, Integer, Buffer, Integer,
        UnsafeMutablePointer<Int32>, Int
    ) -> Void
}
