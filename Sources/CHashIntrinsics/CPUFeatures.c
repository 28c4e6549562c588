// Run-time CPU feature detection: which of the accelerated paths this CPU can take.
#include "CHashIntrinsics.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

uint32_t chi_cpu_features(void) {
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    uint32_t features = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int hasSSE41 = (ecx & bit_SSE4_1) != 0;
    const int hasSSSE3 = (ecx & bit_SSSE3) != 0;
    if (ecx & bit_SSE4_2) features |= CHI_FEATURE_CRC32C;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA) && hasSSE41 && hasSSSE3) {
        features |= CHI_FEATURE_SHA256;
    }
    return features;
}

#elif defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
#include <asm/hwcap.h>

uint32_t chi_cpu_features(void) {
    const unsigned long hwcap = getauxval(AT_HWCAP);
    uint32_t features = 0;
    if (hwcap & HWCAP_SHA2) features |= CHI_FEATURE_SHA256;
    if (hwcap & HWCAP_CRC32) features |= CHI_FEATURE_CRC32C;
    return features;
}

#else
uint32_t chi_cpu_features(void) { return 0; }
#endif
