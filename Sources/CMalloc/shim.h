// glibc's malloc tuning (mallopt and its parameters), which the Glibc module does not import.
// TenorCLI's ProcessHeap uses it on Linux; nothing needs linking, glibc has it.
#if defined(__linux__)
#include <malloc.h>
#endif
