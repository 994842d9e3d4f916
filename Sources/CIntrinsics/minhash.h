// The inner loop of a MinHash signature — fold one shingle hash into the minima of n hash
// functions h_j(x) = (a_j·x + b_j) mod 2^64, top 32 bits — in 256-bit vectors where the
// processor has AVX2. Swift has no vector type the compiler lowers to AVX2 for a baseline
// build; clang's vector extensions in a function compiled for AVX2 (a `target` attribute) do.
// `kommunesok_minhash_avx2_available` tells the caller at run time whether to use it.
#ifndef KOMMUNESOK_MINHASH_H
#define KOMMUNESOK_MINHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__)

static inline int kommunesok_minhash_avx2_available(void) {
    return __builtin_cpu_supports("avx2");
}

typedef uint64_t kommunesok_u64x4 __attribute__((vector_size(32)));
typedef uint32_t kommunesok_u32x4 __attribute__((vector_size(16)));

/// minima[j] = min(minima[j], (a[j] * x + b[j]) >> 32) for j < n; n a multiple of 4.
__attribute__((target("avx2")))
static inline void kommunesok_minhash_fold_avx2(uint32_t *minima, const uint64_t *a, const uint64_t *b, uint64_t x, size_t n) {
    kommunesok_u64x4 vx = {x, x, x, x};
    for (size_t j = 0; j + 4 <= n; j += 4) {
        kommunesok_u64x4 va, vb;
        kommunesok_u32x4 old;
        memcpy(&va, a + j, sizeof va);
        memcpy(&vb, b + j, sizeof vb);
        memcpy(&old, minima + j, sizeof old);
        kommunesok_u32x4 values = __builtin_convertvector((va * vx + vb) >> 32, kommunesok_u32x4);
        kommunesok_u32x4 lower = __builtin_elementwise_min(old, values);
        memcpy(minima + j, &lower, sizeof lower);
    }
}

#else

static inline int kommunesok_minhash_avx2_available(void) { return 0; }

static inline void kommunesok_minhash_fold_avx2(uint32_t *minima, const uint64_t *a, const uint64_t *b, uint64_t x, size_t n) {
    (void)minima; (void)a; (void)b; (void)x; (void)n;
}

#endif

#endif
