// A cache prefetch hint for Swift, which has no intrinsic for it. Header-only: the function is
// `static inline`, so the Swift compiler inlines it as a single prefetch instruction.
#ifndef KOMMUNESOK_PREFETCH_H
#define KOMMUNESOK_PREFETCH_H

/// Asks the processor to bring the cache line at `address` closer (for reading, kept in all
/// cache levels). A hint only: it never faults, so any address is allowed.
static inline void kommunesok_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
