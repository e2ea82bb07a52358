internal import CBLAS
internal import CLAPACK

/// A floating-point type that BLAS and LAPACK compute with: `Float` (the `s…`
/// routines) or `Double` (the `d…` routines).
///
/// Every algorithm in this module is written once, generically, and reaches the
/// right precision through ``routines``. The protocol is closed: only this module
/// can create a ``BLASRoutines`` value, so only `Float` and `Double` conform.
public protocol BLASScalar: MatrixScalar {
    /// The BLAS and LAPACK entry points for this precision.
    static var routines: BLASRoutines<Self> { get }
}

extension Float: BLASScalar {
    public static let routines = BLASRoutines<Float>(
        gemm: cblas_sgemm, gemv: cblas_sgemv, syrk: cblas_ssyrk,
        dot: cblas_sdot, nrm2: cblas_snrm2, scal: cblas_sscal, axpy: cblas_saxpy,
        gesdd: sgesdd_, geqrf: sgeqrf_, orgqr: sorgqr_, posv: sposv_)
}

extension Double: BLASScalar {
    public static let routines = BLASRoutines<Double>(
        gemm: cblas_dgemm, gemv: cblas_dgemv, syrk: cblas_dsyrk,
        dot: cblas_ddot, nrm2: cblas_dnrm2, scal: cblas_dscal, axpy: cblas_daxpy,
        gesdd: dgesdd_, geqrf: dgeqrf_, orgqr: dorgqr_, posv: dposv_)
}
