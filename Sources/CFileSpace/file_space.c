#define _GNU_SOURCE
#include "file_space.h"

#include <errno.h>
#include <fcntl.h>

int tenor_reserve_file_space(int descriptor, int64_t length) {
#ifdef __linux__
    return fallocate(descriptor, 0, 0, (off_t)length) == 0 ? 0 : errno;
#else
    (void)descriptor;
    (void)length;
    return EOPNOTSUPP;
#endif
}
