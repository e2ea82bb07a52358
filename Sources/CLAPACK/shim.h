// The Fortran LAPACK routines Tenor calls; liblapack-dev ships no C header.
//
// Fortran passes every argument by reference. INTEGER is 32-bit (`int`) on
// Debian's LP64 builds, and gfortran appends one hidden `size_t` length
// argument per CHARACTER argument, after all the others.
#ifndef TENOR_CLAPACK_H
#define TENOR_CLAPACK_H

#include <stddef.h>

#pragma clang assume_nonnull begin

// Singular value decomposition, divide and conquer.
void sgesdd_(const char *jobz, const int *m, const int *n, float *a, const int *lda,
             float *s, float *u, const int *ldu, float *vt, const int *ldvt,
             float *work, const int *lwork, int *iwork, int *info, size_t jobz_len);
void dgesdd_(const char *jobz, const int *m, const int *n, double *a, const int *lda,
             double *s, double *u, const int *ldu, double *vt, const int *ldvt,
             double *work, const int *lwork, int *iwork, int *info, size_t jobz_len);

// QR factorization as Householder reflectors.
void sgeqrf_(const int *m, const int *n, float *a, const int *lda, float *tau,
             float *work, const int *lwork, int *info);
void dgeqrf_(const int *m, const int *n, double *a, const int *lda, double *tau,
             double *work, const int *lwork, int *info);

// The orthonormal Q from geqrf's reflectors.
void sorgqr_(const int *m, const int *n, const int *k, float *a, const int *lda,
             const float *tau, float *work, const int *lwork, int *info);
void dorgqr_(const int *m, const int *n, const int *k, double *a, const int *lda,
             const double *tau, double *work, const int *lwork, int *info);

// Solution of A·X = B for symmetric positive definite A, by Cholesky factorization.
void sposv_(const char *uplo, const int *n, const int *nrhs, float *a, const int *lda,
            float *b, const int *ldb, int *info, size_t uplo_len);
void dposv_(const char *uplo, const int *n, const int *nrhs, double *a, const int *lda,
            double *b, const int *ldb, int *info, size_t uplo_len);

#pragma clang assume_nonnull end

// Pointers of each routine's type, named after it: the library is opened at the first call
// that needs it (TenorLinearAlgebra's BLASLibrary).
#define TENOR_POINTER(routine) typedef __typeof__(&routine) routine##pointer;
TENOR_POINTER(sgesdd_) TENOR_POINTER(dgesdd_)
TENOR_POINTER(sgeqrf_) TENOR_POINTER(dgeqrf_)
TENOR_POINTER(sorgqr_) TENOR_POINTER(dorgqr_)
TENOR_POINTER(sposv_) TENOR_POINTER(dposv_)
#undef TENOR_POINTER

#endif
