// SHA-256 (FIPS 180-4) for WorkshopKit: the SHA instructions of x86-64 CPUs when present,
// a portable implementation otherwise. Both are always compiled; the choice is made at run time.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The running state of one digest.
typedef struct {
    uint32_t state[8];
    uint64_t length;      // bytes hashed so far
    uint8_t buffer[64];   // a partial block
    uint32_t buffered;    // bytes in buffer
    int useHardware;      // 1: SHA instructions, 0: portable
} csha256_context;

/// Starts a digest; `allowHardware` 0 forces the portable code (for tests).
void csha256_init(csha256_context *context, int allowHardware);
void csha256_update(csha256_context *context, const void *bytes, size_t count);
/// Ends the digest and writes its 32 bytes.
void csha256_final(csha256_context *context, uint8_t digest[32]);
/// 1 when this CPU has the SHA instructions (and SSE4.1) the fast path needs.
int csha256_hardware_available(void);

#ifdef __cplusplus
}
#endif

#endif
