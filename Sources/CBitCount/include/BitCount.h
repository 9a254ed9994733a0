#ifndef WHOSAID_BIT_COUNT_H
#define WHOSAID_BIT_COUNT_H

#include <stdbool.h>
#include <stdint.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

/// Whether the processor counts the bits of a word in one instruction (POPCNT: every x86-64
/// processor since 2008, but not the baseline the compiler targets, so Swift's `nonzeroBitCount`
/// compiles to a dozen arithmetic instructions; the tagger counts bits at every feature it finds).
static inline bool whosaid_counts_bits_in_hardware(void) {
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_POPCNT) != 0;
}

/// The number of bits set in `a`, `b` and `c` together, counted with POPCNT: call it only where
/// ``whosaid_counts_bits_in_hardware`` said so.
///
/// The instruction is written out in assembly, not asked of the compiler with
/// `__attribute__((target("popcnt")))`: a function built for another target than its caller's
/// is never inlined, and the call cost more than the three counts (the tagger counts bits at
/// every feature it finds, some 2.5 million times on PolNeAR train). Assembly needs no target
/// of its own, so the function inlines into the Swift that calls it.
#if defined(__x86_64__)
static inline __attribute__((always_inline)) uint32_t whosaid_bit_count3(uint64_t a, uint64_t b, uint64_t c) {
    uint64_t x, y, z;
    __asm__("popcntq %1, %0" : "=r"(x) : "rm"(a) : "cc");
    __asm__("popcntq %1, %0" : "=r"(y) : "rm"(b) : "cc");
    __asm__("popcntq %1, %0" : "=r"(z) : "rm"(c) : "cc");
    return (uint32_t)(x + y + z);
}
#else
__attribute__((target("popcnt"))) static inline uint32_t whosaid_bit_count3(uint64_t a, uint64_t b, uint64_t c) {
    return (uint32_t)(__builtin_popcountll(a) + __builtin_popcountll(b) + __builtin_popcountll(c));
}
#endif
#else
/// Other processors count bits in one instruction in their baseline.
static inline bool whosaid_counts_bits_in_hardware(void) { return true; }

/// The number of bits set in `a`, `b` and `c` together.
static inline uint32_t whosaid_bit_count3(uint64_t a, uint64_t b, uint64_t c) {
    return (uint32_t)(__builtin_popcountll(a) + __builtin_popcountll(b) + __builtin_popcountll(c));
}
#endif

#endif
