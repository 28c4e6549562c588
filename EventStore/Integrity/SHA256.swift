import CHashIntrinsics

/// SHA-256 (FIPS 180-4) for the hash chain, the Merkle tree and every other digest in the project.
///
/// Incremental: call `update` any number of times, then `finalize` once. The compression runs on the
/// CPU's SHA instructions when it has them (`HashImplementation`), else in portable Swift; both give the
/// same digests.
public struct SHA256: Sendable {
    /// A 32-byte SHA-256 digest.
    public typealias Digest = [UInt8]
    /// Size of a digest in bytes.
    public static let digestSizeBytes = 32
    static let blockSizeBytes = 64

    /// The eight working words H0...H7, in host order (the layout the C compression takes).
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    private var state: State = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    private var blocks = MessageBlockBuffer(blockSizeBytes: SHA256.blockSizeBytes, lengthFieldSizeBytes: 8)
    private let usesHardware: Bool

    /// The implementation a hasher uses by default: `hardware` when this CPU has SHA instructions and
    /// `CASELEDGER_PORTABLE_HASH=1` is not set.
    public static let defaultImplementation = HashImplementation.preferred(feature: CHI_FEATURE_SHA256)
    /// The implementations this CPU can run, `portable` first.
    public static let availableImplementations = HashImplementation.available(feature: CHI_FEATURE_SHA256)

    /// Creates a hasher in the initial state, using `defaultImplementation`.
    public init() { usesHardware = Self.defaultImplementation == .hardware }

    /// Creates a hasher using `implementation`, which must be one of `availableImplementations`.
    public init(implementation: HashImplementation) {
        precondition(Self.availableImplementations.contains(implementation), "SHA-256 \(implementation) unavailable")
        usesHardware = implementation == .hardware
    }

    /// Hashes `bytes` in one call.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> Digest where Bytes.Element == UInt8 {
        hash(Array(bytes))
    }

    /// Hashes `bytes` in one call, without copying them.
    public static func hash(_ bytes: [UInt8]) -> Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Feeds more message bytes.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Feeds more message bytes from raw memory.
    public mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
        var state = self.state
        let usesHardware = self.usesHardware
        blocks.absorb(bytes) { Self.compress(&state, blocks: $0, usesHardware: usesHardware) }
        self.state = state
    }

    /// Pads the message and returns the digest. The hasher must not be used afterwards.
    public mutating func finalize() -> Digest {
        Digest(unsafeUninitializedCapacity: Self.digestSizeBytes) { digest, initializedCount in
            finalize(into: UnsafeMutableRawBufferPointer(digest))
            initializedCount = Self.digestSizeBytes
        }
    }

    /// Pads the message and writes the 32-byte digest to the start of `digest`, allocating nothing.
    /// The hasher must not be used afterwards.
    public mutating func finalize(into digest: UnsafeMutableRawBufferPointer) {
        precondition(digest.count >= Self.digestSizeBytes, "SHA-256 digest needs 32 bytes")
        var state = self.state
        let usesHardware = self.usesHardware
        blocks.finish { Self.compress(&state, blocks: $0, usesHardware: usesHardware) }
        self.state = state
        withUnsafeBytes(of: &state) { words in
            for index in 0..<8 {
                let word = words.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self)
                digest.storeBytes(of: word.bigEndian, toByteOffset: 4 * index, as: UInt32.self)
            }
        }
    }

    /// Compresses whole 64-byte blocks into `state`.
    @inline(__always)
    private static func compress(_ state: inout State, blocks: UnsafeRawBufferPointer, usesHardware: Bool) {
        let blockCount = blocks.count / blockSizeBytes
        if usesHardware {
            withUnsafeMutableBytes(of: &state) { words in
                chi_sha256_compress(
                    words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                    blocks.baseAddress!.assumingMemoryBound(to: UInt8.self), blockCount)
            }
        } else {
            for blockIndex in 0..<blockCount {
                state = compressPortable(
                    block: UnsafeRawBufferPointer(rebasing: blocks[(blockIndex * 64)..<(blockIndex * 64 + 64)]),
                    state: state)
            }
        }
    }
}
