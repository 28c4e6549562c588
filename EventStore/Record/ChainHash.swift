/// The SHA-256 hash chain that links every record to all records before it.
///
/// chain(n) = SHA-256(domainPrefix ‖ chain(n-1) ‖ kind ‖ body header ‖ payload hash), where the body
/// header is every body byte before the payload hash (see FORMAT.md). Covering the payload's hash rather
/// than the payload lets a payload be redacted later without breaking the chain.
enum ChainHash {
    /// Domain-separation prefix, ASCII, no terminator.
    static let domainPrefix = Array("CaseLedger/record-chain/v1".utf8)
    /// The previous-hash of the first record: 32 zero bytes.
    static let genesis = [UInt8](repeating: 0, count: SHA256.digestSizeBytes)

    /// Computes a record's chain hash.
    static func compute(previous: [UInt8], kind: UInt8, bodyHeader: ArraySlice<UInt8>, payloadHash: ArraySlice<UInt8>) -> [UInt8] {
        precondition(previous.count == SHA256.digestSizeBytes, "previous chain hash must be 32 bytes")
        precondition(payloadHash.count == SHA256.digestSizeBytes, "payload hash must be 32 bytes")
        var hasher = SHA256()
        hasher.update(domainPrefix)
        hasher.update(previous)
        hasher.update([kind])
        bodyHeader.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        payloadHash.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize()
    }
}
