// Atomic exchange of two paths (Linux renameat2 with RENAME_EXCHANGE). Swift's Glibc module does
// not import renameat2 (it needs _GNU_SOURCE) and cannot call the variadic syscall(2), so this
// header-only wrapper makes the system call.
#ifndef KOMMUNESOK_RENAME_EXCHANGE_H
#define KOMMUNESOK_RENAME_EXCHANGE_H

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// Swaps the directory entries `a` and `b` in one step: afterwards `a` names what `b` named and
/// vice versa; a crash sees either the old or the new state, never neither. Returns 0, or -1 with
/// errno set (EINVAL where the file system cannot exchange, ENOSYS on kernels before 3.15).
static inline int kommunesok_rename_exchange(const char *a, const char *b) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, 2u /* RENAME_EXCHANGE, linux/fs.h */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#endif
