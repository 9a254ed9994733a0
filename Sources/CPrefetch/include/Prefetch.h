#ifndef WHOSAID_PREFETCH_H
#define WHOSAID_PREFETCH_H

/// Asks the processor to bring the cache line at `address` in, without waiting for it: Swift has
/// no prefetch of its own. The tagger's feature table (6.9 MB) is larger than the core's cache, so
/// a lookup that finds a feature starts the read of its weights here, long before it adds them.
static inline __attribute__((always_inline)) void whosaid_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
