// The C interface to BLAS (Debian: libblas-dev, served at run time by whichever
// libblas.so.3 update-alternatives selects, e.g. OpenBLAS). The library is opened at the
// first call that needs it (TenorLinearAlgebra's BLASLibrary), so each routine is reached
// through a pointer of the type below, named after it.
#include <cblas.h>

#define TENOR_POINTER(routine) typedef __typeof__(&routine) routine##_pointer;
TENOR_POINTER(cblas_sgemm) TENOR_POINTER(cblas_dgemm)
TENOR_POINTER(cblas_sgemv) TENOR_POINTER(cblas_dgemv)
TENOR_POINTER(cblas_ssyrk) TENOR_POINTER(cblas_dsyrk)
TENOR_POINTER(cblas_sdot) TENOR_POINTER(cblas_ddot)
TENOR_POINTER(cblas_snrm2) TENOR_POINTER(cblas_dnrm2)
TENOR_POINTER(cblas_sscal) TENOR_POINTER(cblas_dscal)
TENOR_POINTER(cblas_saxpy) TENOR_POINTER(cblas_daxpy)
#undef TENOR_POINTER
