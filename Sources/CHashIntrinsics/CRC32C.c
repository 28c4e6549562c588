// CRC-32C with the CPU's CRC instructions (x86 SSE4.2 `crc32`, ARMv8 CRC32), and the portable
// GF(2) arithmetic that joins the CRCs of adjacent buffers.
#include "CHashIntrinsics.h"

#include <stdlib.h>
#include <string.h>

// The reflected Castagnoli polynomial.
#define CHI_CRC32C_POLYNOMIAL 0x82f63b78u

// x^(2^k) modulo the polynomial, for k = 0...30 (reflected: bit 31 is x^0). x^(2^31) is x again, so
// x^(2^k) = x^(2^(k mod 31)).
static const uint32_t powersOfX[31] = {
    0x40000000, 0x20000000, 0x08000000, 0x00800000, 0x00008000, 0x82f63b78, 0x6ea2d55c, 0x18b8ea18,
    0x510ac59a, 0xb82be955, 0xb8fdb1e7, 0x88e56f72, 0x74c360a4, 0xe4172b16, 0x0d65762a, 0x35d73a62,
    0x28461564, 0xbf455269, 0xe2ea32dc, 0xfe7740e6, 0xf946610b, 0x3c204f8f, 0x538586e3, 0x59726915,
    0x734d5309, 0xbc1ac763, 0x7d0722cc, 0xd289cabe, 0xe94ca9bc, 0x05b74f3f, 0xa51e1f42,
};

// a × b modulo the polynomial, both reflected.
static uint32_t multiplyModulo(uint32_t a, uint32_t b) {
    uint32_t product = 0;
    for (uint32_t bit = 1u << 31; bit != 0; bit >>= 1) {
        if (a & bit) product ^= b;
        b = (b & 1) ? (b >> 1) ^ CHI_CRC32C_POLYNOMIAL : b >> 1;
    }
    return product;
}

uint32_t chi_crc32c_shift(uint32_t crc, size_t count) {
    // x^(8 count) is the product of x^(2^(k+3)) over the bits k set in count.
    for (unsigned k = 3; count != 0; count >>= 1, k++) {
        if (count & 1) crc = multiplyModulo(powersOfX[k % 31], crc);
    }
    return crc;
}

// Bytes per lane when a long buffer is checksummed as three interleaved lanes (a power of two, so
// the join is one multiplication).
#define CHI_LANE_SIZE_BYTES 4096

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

__attribute__((target("sse4.2")))
static uint32_t updateBytes(uint32_t crc, const uint8_t *bytes, size_t count) {
    for (size_t index = 0; index < count; index++) crc = _mm_crc32_u8(crc, bytes[index]);
    return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2")))
static uint32_t updateWords(uint32_t crc, const uint8_t *bytes, size_t wordCount) {
    uint64_t register64 = crc;
    for (size_t index = 0; index < wordCount; index++) {
        uint64_t word;
        memcpy(&word, bytes + 8 * index, 8);
        register64 = _mm_crc32_u64(register64, word);
    }
    return (uint32_t)register64;
}

// Three independent lanes hide the instruction's 3-cycle latency; the lanes are then joined.
__attribute__((target("sse4.2")))
static uint32_t updateThreeLanes(uint32_t crc, const uint8_t *bytes) {
    uint64_t a = crc, b = 0, c = 0;
    const uint8_t *laneB = bytes + CHI_LANE_SIZE_BYTES, *laneC = bytes + 2 * CHI_LANE_SIZE_BYTES;
    for (size_t offset = 0; offset < CHI_LANE_SIZE_BYTES; offset += 8) {
        uint64_t wordA, wordB, wordC;
        memcpy(&wordA, bytes + offset, 8);
        memcpy(&wordB, laneB + offset, 8);
        memcpy(&wordC, laneC + offset, 8);
        a = _mm_crc32_u64(a, wordA);
        b = _mm_crc32_u64(b, wordB);
        c = _mm_crc32_u64(c, wordC);
    }
    const uint32_t ab = chi_crc32c_shift((uint32_t)a, CHI_LANE_SIZE_BYTES) ^ (uint32_t)b;
    return chi_crc32c_shift(ab, CHI_LANE_SIZE_BYTES) ^ (uint32_t)c;
}
#else
__attribute__((target("sse4.2")))
static uint32_t updateWords(uint32_t crc, const uint8_t *bytes, size_t wordCount) {
    for (size_t index = 0; index < 2 * wordCount; index++) {
        uint32_t word;
        memcpy(&word, bytes + 4 * index, 4);
        crc = _mm_crc32_u32(crc, word);
    }
    return crc;
}

static uint32_t updateThreeLanes(uint32_t crc, const uint8_t *bytes) {
    return updateWords(crc, bytes, 3 * CHI_LANE_SIZE_BYTES / 8);
}
#endif

#elif defined(__aarch64__)
#include <arm_acle.h>

__attribute__((target("crc")))
static uint32_t updateBytes(uint32_t crc, const uint8_t *bytes, size_t count) {
    for (size_t index = 0; index < count; index++) crc = __crc32cb(crc, bytes[index]);
    return crc;
}

__attribute__((target("crc")))
static uint32_t updateWords(uint32_t crc, const uint8_t *bytes, size_t wordCount) {
    for (size_t index = 0; index < wordCount; index++) {
        uint64_t word;
        memcpy(&word, bytes + 8 * index, 8);
        crc = __crc32cd(crc, word);
    }
    return crc;
}

static uint32_t updateThreeLanes(uint32_t crc, const uint8_t *bytes) {
    return updateWords(crc, bytes, 3 * CHI_LANE_SIZE_BYTES / 8);
}

#else
// No CRC instructions on this architecture: chi_cpu_features() never reports them, so callers never
// come here.
static uint32_t updateBytes(uint32_t crc, const uint8_t *bytes, size_t count) {
    (void)crc, (void)bytes, (void)count;
    abort();
}

static uint32_t updateWords(uint32_t crc, const uint8_t *bytes, size_t wordCount) {
    return updateBytes(crc, bytes, 8 * wordCount);
}

static uint32_t updateThreeLanes(uint32_t crc, const uint8_t *bytes) {
    return updateBytes(crc, bytes, 3 * CHI_LANE_SIZE_BYTES);
}
#endif

uint32_t chi_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count) {
    // Unaligned head byte by byte, then three-lane blocks, then 8-byte words, then the tail.
    const size_t headCount = (size_t)(-(uintptr_t)bytes & 7);
    if (headCount >= count) return updateBytes(crc, bytes, count);
    crc = updateBytes(crc, bytes, headCount);
    bytes += headCount;
    count -= headCount;
    for (; count >= 3 * CHI_LANE_SIZE_BYTES; bytes += 3 * CHI_LANE_SIZE_BYTES, count -= 3 * CHI_LANE_SIZE_BYTES) {
        crc = updateThreeLanes(crc, bytes);
    }
    crc = updateWords(crc, bytes, count / 8);
    return updateBytes(crc, bytes + (count & ~(size_t)7), count & 7);
}
