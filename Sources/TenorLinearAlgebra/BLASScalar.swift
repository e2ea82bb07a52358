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
        gemm: BLASLibrary.blasRoutine("cblas_sgemm", as: cblas_sgemm_pointer.self),
        gemv: BLASLibrary.blasRoutine("cblas_sgemv", as: cblas_sgemv_pointer.self),
        syrk: BLASLibrary.blasRoutine("cblas_ssyrk", as: cblas_ssyrk_pointer.self),
        dot: BLASLibrary.blasRoutine("cblas_sdot", as: cblas_sdot_pointer.self),
        nrm2: BLASLibrary.blasRoutine("cblas_snrm2", as: cblas_snrm2_pointer.self),
        scal: BLASLibrary.blasRoutine("cblas_sscal", as: cblas_sscal_pointer.self),
        axpy: BLASLibrary.blasRoutine("cblas_saxpy", as: cblas_saxpy_pointer.self),
        gesdd: BLASLibrary.lapackRoutine("sgesdd_", as: sgesdd_pointer.self),
        geqrf: BLASLibrary.lapackRoutine("sgeqrf_", as: sgeqrf_pointer.self),
        orgqr: BLASLibrary.lapackRoutine("sorgqr_", as: sorgqr_pointer.self),
        posv: BLASLibrary.lapackRoutine("sposv_", as: sposv_pointer.self))
}

extension Double: BLASScalar {
    public static let routines = BLASRoutines<Double>(
        gemm: BLASLibrary.blasRoutine("cblas_dgemm", as: cblas_dgemm_pointer.self),
        gemv: BLASLibrary.blasRoutine("cblas_dgemv", as: cblas_dgemv_pointer.self),
        syrk: BLASLibrary.blasRoutine("cblas_dsyrk", as: cblas_dsyrk_pointer.self),
        dot: BLASLibrary.blasRoutine("cblas_ddot", as: cblas_ddot_pointer.self),
        nrm2: BLASLibrary.blasRoutine("cblas_dnrm2", as: cblas_dnrm2_pointer.self),
        scal: BLASLibrary.blasRoutine("cblas_dscal", as: cblas_dscal_pointer.self),
        axpy: BLASLibrary.blasRoutine("cblas_daxpy", as: cblas_daxpy_pointer.self),
        gesdd: BLASLibrary.lapackRoutine("dgesdd_", as: dgesdd_pointer.self),
        geqrf: BLASLibrary.lapackRoutine("dgeqrf_", as: dgeqrf_pointer.self),
        orgqr: BLASLibrary.lapackRoutine("dorgqr_", as: dorgqr_pointer.self),
        posv: BLASLibrary.lapackRoutine("dposv_", as: dposv_pointer.self))
}
