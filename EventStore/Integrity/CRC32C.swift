import CHashIntrinsics

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as used by iSCSI (RFC 3720) and ext4.
///
/// Runs on the CPU's CRC instructions when it has them (`HashImplementation`; SSE4.2 `crc32` with three
/// interleaved lanes for long buffers), else in portable Swift (slicing-by-8); both give the same values.
public enum CRC32C {
    /// The implementation used unless told otherwise: `hardware` when this CPU has CRC-32C instructions
    /// and `CASELEDGER_PORTABLE_HASH=1` is not set.
    public static let defaultImplementation = HashImplementation.preferred(feature: CHI_FEATURE_CRC32C)
    /// The implementations this CPU can run, `portable` first.
    public static let availableImplementations = HashImplementation.available(feature: CHI_FEATURE_CRC32C)

    /// Computes the CRC-32C of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum(bufferPointer: $0) }
    }

    /// Computes the CRC-32C of raw memory.
    public static func checksum(bufferPointer bytes: UnsafeRawBufferPointer) -> UInt32 {
        ~update(~UInt32(0), bufferPointer: bytes)
    }

    /// Continues a CRC over more bytes. `crc` is the internal (pre-inverted) register: start with
    /// `~0` and invert the final value, as `checksum` does.
    @inline(__always)
    public static func update(_ crc: UInt32, bufferPointer bytes: UnsafeRawBufferPointer) -> UInt32 {
        update(crc, bufferPointer: bytes, implementation: defaultImplementation)
    }

    /// Continues a CRC over more bytes with `implementation`, which must be one of
    /// `availableImplementations`.
    public static func update(
        _ crc: UInt32, bufferPointer bytes: UnsafeRawBufferPointer, implementation: HashImplementation
    ) -> UInt32 {
        switch implementation {
        case .hardware:
            precondition(availableImplementations.contains(.hardware), "CRC-32C hardware unavailable")
            guard let base = bytes.baseAddress else { return crc }
            return chi_crc32c_update(crc, base.assumingMemoryBound(to: UInt8.self), bytes.count)
        case .portable:
            return updatePortable(crc, bufferPointer: bytes)
        }
    }

    /// The register after `crc` is continued over `count` zero bytes with no pre-set: lets the CRC of
    /// a concatenation be joined from its parts,
    /// `update(update(r, A), B) == shift(update(r, A), by: B.count) ^ update(0, B)`.
    public static func shift(_ crc: UInt32, byByteCount count: Int) -> UInt32 {
        precondition(count >= 0, "CRC shift by a negative byte count")
        return chi_crc32c_shift(crc, count)
    }
}
