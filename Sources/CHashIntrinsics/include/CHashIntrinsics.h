// Hardware SHA-256 and CRC-32C for the Integrity target: CPU intrinsics only, chosen at run time.
//
// Every function here is safe to call on any CPU the package builds for: the accelerated bodies are
// compiled per function for their instruction set, and callers use them only after
// `chi_cpu_features()` reports the feature. On a CPU without it they are never reached.
#ifndef CHASHINTRINSICS_H
#define CHASHINTRINSICS_H

#include <stddef.h>
#include <stdint.h>

/// Bit in `chi_cpu_features()`: SHA-256 instructions (x86 SHA-NI with SSE4.1, or ARMv8 SHA2).
#define CHI_FEATURE_SHA256 1u
/// Bit in `chi_cpu_features()`: CRC-32C instructions (x86 SSE4.2 `crc32`, or ARMv8 CRC32).
#define CHI_FEATURE_CRC32C 2u

/// The accelerations this CPU offers, as `CHI_FEATURE_*` bits (cpuid on x86, getauxval on aarch64).
uint32_t chi_cpu_features(void);

/// Runs the SHA-256 compression function over `block_count` consecutive 64-byte blocks at `blocks`,
/// updating `state` (the eight working words H0..H7 in host order). Requires `CHI_FEATURE_SHA256`.
void chi_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t block_count);

/// Continues a CRC-32C over `count` bytes at `bytes`. `crc` is the internal (pre-inverted) register, as
/// in the Swift `CRC32C.update`. Requires `CHI_FEATURE_CRC32C`.
uint32_t chi_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count);

/// The CRC register `crc` advanced over `count` zero bytes without a pre-set: multiplies it by
/// x^(8 count) modulo the Castagnoli polynomial. Portable; used to join CRCs of adjacent buffers
/// (register(A then B) = chi_crc32c_shift(register(A), |B|) ^ register-from-0(B)).
uint32_t chi_crc32c_shift(uint32_t crc, size_t count);

#endif
