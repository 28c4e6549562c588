import Integrity

/// The SHA-256 hash chain that links every record to all records before it.
///
/// chain(n) = SHA-256(domainPrefix ‖ chain(n-1) ‖ kind ‖ body header ‖ payload hash), where the body
/// header is every body byte before the payload hash (see FORMAT.md). Covering the payload's hash rather
/// than the payload lets a payload be redacted later without breaking the chain. In a frame the body
/// header and the payload hash are adjacent: together they are the record's "linked bytes".
enum ChainHash {
    /// Domain-separation prefix, ASCII, no terminator.
    static let domainPrefix = Array("CaseLedger/record-chain/v1".utf8)
    /// The previous-hash of the first record: 32 zero bytes.
    static let genesis = [UInt8](repeating: 0, count: SHA256.digestSizeBytes)

    /// Computes a record's chain hash into the first 32 bytes of `digest`, allocating nothing.
    /// `linkedBytes` is the body header followed by the payload hash.
    static func compute(
        previous: [UInt8], kind: UInt8, linkedBytes: UnsafeRawBufferPointer, into digest: UnsafeMutableRawBufferPointer
    ) {
        precondition(previous.count == SHA256.digestSizeBytes, "previous chain hash must be 32 bytes")
        precondition(linkedBytes.count >= SHA256.digestSizeBytes, "linked bytes end with the payload hash")
        var hasher = SHA256()
        domainPrefix.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: kind) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: linkedBytes)
        hasher.finalize(into: digest)
    }

    /// Whether `stored` is the chain hash of a record with these parts (compared in constant time).
    static func matches(
        _ stored: UnsafeRawBufferPointer, previous: [UInt8], kind: UInt8, linkedBytes: UnsafeRawBufferPointer
    ) -> Bool {
        withUnsafeTemporaryAllocation(byteCount: SHA256.digestSizeBytes, alignment: 8) { expected in
            compute(previous: previous, kind: kind, linkedBytes: linkedBytes, into: expected)
            return constantTimeEqual(UnsafeRawBufferPointer(expected), stored)
        }
    }
}
