// SHA-256 block compression with the CPU's SHA extensions (x86 SHA-NI), for WorkshopKit's
// streaming hash of input files. Elsewhere, or on a CPU without them, `csha256_available`
// returns 0 and WorkshopKit hashes in Swift.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the instructions `csha256_compress` needs, else 0.
int csha256_available(void);

/// Compresses `blocks` consecutive 64-byte blocks at `data` into `state` (eight words, A to H).
/// Only call when `csha256_available()` returned 1.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
