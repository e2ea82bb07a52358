#ifndef TENOR_FILE_SPACE_H
#define TENOR_FILE_SPACE_H

#include <stdint.h>

/// Reserves the first `length` bytes of the open file `descriptor` (Linux `fallocate`, which
/// the C library declares only under _GNU_SOURCE, out of Swift's reach): 0, or the errno.
/// Elsewhere, or where the file system cannot reserve, an errno the caller may ignore.
int tenor_reserve_file_space(int descriptor, int64_t length);

#endif
