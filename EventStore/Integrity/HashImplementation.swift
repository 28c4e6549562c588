import CHashIntrinsics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which code computes SHA-256 or CRC-32C: the CPU's instructions or the portable Swift.
///
/// Both give the same bytes. `hardware` (x86 SHA-NI and SSE4.2 `crc32`, ARMv8 SHA2 and CRC32) is chosen
/// at run time when the CPU has it; setting the environment variable `CASELEDGER_PORTABLE_HASH=1`
/// forces `portable` for the whole process (docs/benchmarks.md).
public enum HashImplementation: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// The pure-Swift code, on every CPU.
    case portable
    /// The CPU's SHA or CRC instructions, where it has them.
    case hardware

    /// The environment variable that forces `portable` when set to `1`.
    public static let portableEnvironmentVariable = "CASELEDGER_PORTABLE_HASH"

    /// `portable` or `hardware`.
    public var description: String { rawValue }

    /// Whether the hardware path was turned off for this process by `CASELEDGER_PORTABLE_HASH=1`.
    static let portableIsForced: Bool = {
        guard let value = getenv(portableEnvironmentVariable) else { return false }
        return String(cString: value) == "1"
    }()

    /// The `CHI_FEATURE_*` bits of this CPU, read once.
    static let cpuFeatures: UInt32 = chi_cpu_features()

    /// The implementations usable on this CPU for a hash needing `feature`, portable first.
    static func available(feature: UInt32) -> [HashImplementation] {
        cpuFeatures & feature != 0 ? [.portable, .hardware] : [.portable]
    }

    /// What a hasher uses unless told otherwise: hardware when the CPU has `feature` and it is not forced off.
    static func preferred(feature: UInt32) -> HashImplementation {
        cpuFeatures & feature != 0 && !portableIsForced ? .hardware : .portable
    }
}
