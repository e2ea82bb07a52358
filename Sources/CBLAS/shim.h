// The C interface to BLAS (Debian: libblas-dev, served at run time by whichever
// libblas.so.3 update-alternatives selects, e.g. OpenBLAS).
#include <cblas.h>
