// SHA-256 compression with the CPU's SHA instructions (x86 SHA-NI, ARMv8 SHA2).
#include "CHashIntrinsics.h"

#include <stdlib.h>

#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
// FIPS 180-4 §4.2.2 round constants.
static const uint32_t roundConstants[64] __attribute__((aligned(16))) = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};
#endif

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

// Message words are big-endian; SHA-NI wants them as host-order 32-bit lanes.
#define CHI_BYTE_SWAP_MASK _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL)

// Four rounds per step: message group i (words 4i..4i+3) sits in m[i % 4]. Group j >= 4 is
// msg2(msg1(group j-4, group j-3) + words j*4-7..j*4-4, group j-1), built two and one steps ahead.
__attribute__((target("sha,sse4.1,ssse3")))
static void compressSHANI(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; blockCount > 0; blockCount--, blocks += 64) {
        const __m128i abefSaved = abef, cdghSaved = cdgh;
        __m128i m[4];
        for (int i = 0; i < 4; i++) {
            m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * i)), CHI_BYTE_SWAP_MASK);
        }
#pragma clang loop unroll(full)
        for (int i = 0; i < 16; i++) {
            __m128i words = _mm_add_epi32(m[i & 3], _mm_load_si128((const __m128i *)&roundConstants[4 * i]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
            if (i >= 3 && i <= 14) {
                __m128i next = _mm_add_epi32(m[(i + 1) & 3], _mm_alignr_epi8(m[i & 3], m[(i - 1) & 3], 4));
                m[(i + 1) & 3] = _mm_sha256msg2_epu32(next, m[i & 3]);
            }
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
            if (i >= 1 && i <= 12) m[(i - 1) & 3] = _mm_sha256msg1_epu32(m[(i - 1) & 3], m[i & 3]);
        }
        abef = _mm_add_epi32(abef, abefSaved);
        cdgh = _mm_add_epi32(cdgh, cdghSaved);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

void chi_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
    compressSHANI(state, blocks, blockCount);
}

#elif defined(__aarch64__)
#include <arm_neon.h>

__attribute__((target("sha2")))
static void compressARMv8(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
    uint32x4_t abcd = vld1q_u32(&state[0]);
    uint32x4_t efgh = vld1q_u32(&state[4]);
    for (; blockCount > 0; blockCount--, blocks += 64) {
        const uint32x4_t abcdSaved = abcd, efghSaved = efgh;
        uint32x4_t m[4];
        for (int i = 0; i < 4; i++) m[i] = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(blocks + 16 * i)));
        for (int i = 0; i < 16; i++) {
            const uint32x4_t words = vaddq_u32(m[i & 3], vld1q_u32(&roundConstants[4 * i]));
            if (i < 12) {
                m[i & 3] = vsha256su1q_u32(vsha256su0q_u32(m[i & 3], m[(i + 1) & 3]), m[(i + 2) & 3], m[(i + 3) & 3]);
            }
            const uint32x4_t abcdBefore = abcd;
            abcd = vsha256hq_u32(abcd, efgh, words);
            efgh = vsha256h2q_u32(efgh, abcdBefore, words);
        }
        abcd = vaddq_u32(abcd, abcdSaved);
        efgh = vaddq_u32(efgh, efghSaved);
    }
    vst1q_u32(&state[0], abcd);
    vst1q_u32(&state[4], efgh);
}

void chi_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
    compressARMv8(state, blocks, blockCount);
}

#else
// No SHA instructions on this architecture: chi_cpu_features() never reports them, so callers never
// come here.
void chi_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
    (void)state, (void)blocks, (void)blockCount;
    abort();
}
#endif
