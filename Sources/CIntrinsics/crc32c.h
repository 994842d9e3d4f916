// CRC-32C (Castagnoli) with the processor's own instruction: SSE 4.2 `crc32` on x86-64, the
// ARMv8 CRC extension on AArch64. Swift has no intrinsic for either. Header-only: the functions
// are `static inline`, compiled for that instruction set alone (a `target` attribute), and
// `kommunesok_crc32c_available` tells the caller at run time whether the processor has it.
#ifndef KOMMUNESOK_CRC32C_H
#define KOMMUNESOK_CRC32C_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__)

/// Whether this processor has the instruction `kommunesok_crc32c_update` uses.
static inline int kommunesok_crc32c_available(void) {
    return __builtin_cpu_supports("sse4.2");
}

/// Continues the raw (not inverted) CRC-32C register `crc` over `length` bytes at `bytes`.
/// Callers invert before and after, as the standard CRC-32C does.
__attribute__((target("sse4.2")))
static inline uint32_t kommunesok_crc32c_update(uint32_t crc, const void *bytes, size_t length) {
    const unsigned char *p = (const unsigned char *)bytes;
    uint64_t c = crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        c = __builtin_ia32_crc32di(c, word);
        p += 8;
        length -= 8;
    }
    uint32_t c32 = (uint32_t)c;
    while (length > 0) {
        c32 = __builtin_ia32_crc32qi(c32, *p);
        p += 1;
        length -= 1;
    }
    return c32;
}

#elif defined(__aarch64__)
#include <arm_acle.h>
#include <sys/auxv.h>
#include <asm/hwcap.h>

static inline int kommunesok_crc32c_available(void) {
    return (getauxval(AT_HWCAP) & HWCAP_CRC32) != 0;
}

__attribute__((target("crc")))
static inline uint32_t kommunesok_crc32c_update(uint32_t crc, const void *bytes, size_t length) {
    const unsigned char *p = (const unsigned char *)bytes;
    uint32_t c = crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        c = __crc32cd(c, word);
        p += 8;
        length -= 8;
    }
    while (length > 0) {
        c = __crc32cb(c, *p);
        p += 1;
        length -= 1;
    }
    return c;
}

#else

static inline int kommunesok_crc32c_available(void) { return 0; }

static inline uint32_t kommunesok_crc32c_update(uint32_t crc, const void *bytes, size_t length) {
    (void)bytes;
    (void)length;
    return crc;
}

#endif

#endif
