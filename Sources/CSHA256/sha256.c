// SHA-256 (FIPS 180-4): a portable block function and one using the x86 SHA extensions
// (SHA-NI), chosen at run time. No flags are needed to build it: the fast function carries
// its own target attribute and is only called when the CPU reports the instructions.
#include "csha256.h"
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static const uint32_t initial[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void blocks_portable(uint32_t state[8], const uint8_t *data, size_t count) {
    uint32_t w[64];
    while (count--) {
        for (int i = 0; i < 16; i++) {
            w[i] = (uint32_t)data[i * 4] << 24 | (uint32_t)data[i * 4 + 1] << 16 | (uint32_t)data[i * 4 + 2] << 8
                | (uint32_t)data[i * 4 + 3];
        }
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
        data += 64;
    }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define CSHA256_HAVE_SHANI 1

// The Intel SHA extensions' two-rounds-at-a-time scheme, as in Intel's white paper
// "New Instructions Supporting the Secure Hash Algorithm on Intel Architecture Processors".
__attribute__((target("sha,sse4.1")))
static void blocks_shani(uint32_t state[8], const uint8_t *data, size_t count) {
    const __m128i shuffle = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i state1 = _mm_loadu_si128((const __m128i *)&state[4]);
    tmp = _mm_shuffle_epi32(tmp, 0xB1);          // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);    // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);       // CDGH

    while (count--) {
        __m128i abef = state0, cdgh = state1, msg, msg0, msg1, msg2, msg3;

#define ROUNDS(m, k)                                                        \
    msg = _mm_add_epi32(m, _mm_loadu_si128((const __m128i *)&K[k]));        \
    state1 = _mm_sha256rnds2_epu32(state1, state0, msg);                    \
    msg = _mm_shuffle_epi32(msg, 0x0E);                                     \
    state0 = _mm_sha256rnds2_epu32(state0, state1, msg);

        msg0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 0)), shuffle);
        ROUNDS(msg0, 0)
        msg1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), shuffle);
        ROUNDS(msg1, 4)
        msg0 = _mm_sha256msg1_epu32(msg0, msg1);
        msg2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), shuffle);
        ROUNDS(msg2, 8)
        msg1 = _mm_sha256msg1_epu32(msg1, msg2);
        msg3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), shuffle);
        ROUNDS(msg3, 12)

#define SCHEDULE(a, b, c, d, k)                                             \
    tmp = _mm_alignr_epi8(d, c, 4);                                         \
    a = _mm_add_epi32(a, tmp);                                              \
    a = _mm_sha256msg2_epu32(a, d);                                         \
    ROUNDS(a, k)                                                            \
    c = _mm_sha256msg1_epu32(c, d);

        SCHEDULE(msg0, msg1, msg2, msg3, 16)
        SCHEDULE(msg1, msg2, msg3, msg0, 20)
        SCHEDULE(msg2, msg3, msg0, msg1, 24)
        SCHEDULE(msg3, msg0, msg1, msg2, 28)
        SCHEDULE(msg0, msg1, msg2, msg3, 32)
        SCHEDULE(msg1, msg2, msg3, msg0, 36)
        SCHEDULE(msg2, msg3, msg0, msg1, 40)
        SCHEDULE(msg3, msg0, msg1, msg2, 44)
        SCHEDULE(msg0, msg1, msg2, msg3, 48)
        // The last three groups: only the words of rounds 60–63 still need their first step.
        tmp = _mm_alignr_epi8(msg0, msg3, 4);
        msg1 = _mm_add_epi32(msg1, tmp);
        msg1 = _mm_sha256msg2_epu32(msg1, msg0);
        ROUNDS(msg1, 52)
        msg3 = _mm_sha256msg1_epu32(msg3, msg0);
        tmp = _mm_alignr_epi8(msg1, msg0, 4);
        msg2 = _mm_add_epi32(msg2, tmp);
        msg2 = _mm_sha256msg2_epu32(msg2, msg1);
        ROUNDS(msg2, 56)
        tmp = _mm_alignr_epi8(msg2, msg1, 4);
        msg3 = _mm_add_epi32(msg3, tmp);
        msg3 = _mm_sha256msg2_epu32(msg3, msg2);
        ROUNDS(msg3, 60)
#undef SCHEDULE
#undef ROUNDS

        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
        data += 64;
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF → HGFE
    _mm_storeu_si128((__m128i *)&state[0], state0);
    _mm_storeu_si128((__m128i *)&state[4], state1);
}
#endif

int csha256_hardware_available(void) {
#ifdef CSHA256_HAVE_SHANI
    __builtin_cpu_init();
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1");
#else
    return 0;
#endif
}

static void blocks(csha256_context *context, const uint8_t *data, size_t count) {
#ifdef CSHA256_HAVE_SHANI
    if (context->useHardware) {
        blocks_shani(context->state, data, count);
        return;
    }
#endif
    blocks_portable(context->state, data, count);
}

void csha256_init(csha256_context *context, int allowHardware) {
    memcpy(context->state, initial, sizeof initial);
    context->length = 0;
    context->buffered = 0;
    context->useHardware = allowHardware && csha256_hardware_available();
}

void csha256_update(csha256_context *context, const void *bytes, size_t count) {
    const uint8_t *data = (const uint8_t *)bytes;
    context->length += count;
    if (context->buffered > 0) {
        size_t take = 64 - context->buffered;
        if (take > count) take = count;
        memcpy(context->buffer + context->buffered, data, take);
        context->buffered += (uint32_t)take;
        data += take;
        count -= take;
        if (context->buffered < 64) return;
        blocks(context, context->buffer, 1);
        context->buffered = 0;
    }
    if (count >= 64) {
        blocks(context, data, count / 64);
        data += count / 64 * 64;
        count %= 64;
    }
    if (count > 0) {
        memcpy(context->buffer, data, count);
        context->buffered = (uint32_t)count;
    }
}

void csha256_final(csha256_context *context, uint8_t digest[32]) {
    uint64_t bits = context->length * 8;
    uint8_t padding[72];
    size_t padLength = (context->buffered < 56 ? 56 : 120) - context->buffered;
    memset(padding, 0, sizeof padding);
    padding[0] = 0x80;
    for (int i = 0; i < 8; i++) padding[padLength + i] = (uint8_t)(bits >> (56 - 8 * i));
    uint64_t length = context->length;
    csha256_update(context, padding, padLength + 8);
    context->length = length;
    for (int i = 0; i < 8; i++) {
        digest[i * 4] = (uint8_t)(context->state[i] >> 24);
        digest[i * 4 + 1] = (uint8_t)(context->state[i] >> 16);
        digest[i * 4 + 2] = (uint8_t)(context->state[i] >> 8);
        digest[i * 4 + 3] = (uint8_t)context->state[i];
    }
}
