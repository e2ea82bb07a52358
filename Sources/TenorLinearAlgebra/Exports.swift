// The BLAS and LAPACK routines work on the matrices of TenorMatrix: importing this module
// gives both, as before the storage moved out.
@_exported import TenorMatrix
