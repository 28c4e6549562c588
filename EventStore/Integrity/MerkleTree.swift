/// The Merkle Tree Hash of RFC 9162 (Certificate Transparency 2.0) §2.1.1 over SHA-256, with the
/// inclusion proofs of §2.1.3 and the consistency proofs of §2.1.4.
///
/// - A leaf hashes as `SHA-256(0x00 ‖ leaf)` and an interior node as `SHA-256(0x01 ‖ left ‖ right)`;
///   the two prefixes keep a leaf from ever colliding with a node.
/// - The empty tree hashes as `SHA-256()` (of no bytes).
/// - A tree of `n > 1` leaves splits at `k`, the largest power of two less than `n`: the left subtree
///   holds the first `k` leaves, the right the rest.
///
/// The functions here take the leaf *hashes* (`leafHash(_:)` of each leaf) and follow the RFC's
/// recursive definitions; each costs O(n) hashes. `MerkleAccumulator` keeps a running root in O(log n).
/// Verification (in `MerkleTree+Verification.swift`) costs O(log n) and never traps on bad input.
public enum MerkleTree {
    /// A SHA-256 digest: 32 bytes.
    public typealias Hash = [UInt8]

    /// The root of the empty tree: SHA-256 of no bytes.
    public static let emptyRoot: Hash = SHA256.hash([UInt8]())

    /// The leaf hash of one leaf: `SHA-256(0x00 ‖ leaf)`.
    public static func leafHash(_ leaf: [UInt8]) -> Hash {
        var hasher = SHA256()
        hasher.update(leafPrefix)
        hasher.update(leaf)
        return hasher.finalize()
    }

    /// The hash of an interior node: `SHA-256(0x01 ‖ left ‖ right)`.
    public static func nodeHash(_ left: Hash, _ right: Hash) -> Hash {
        var hasher = SHA256()
        hasher.update(nodePrefix)
        hasher.update(left)
        hasher.update(right)
        return hasher.finalize()
    }

    /// The Merkle Tree Hash (MTH) of the leaves whose leaf hashes are given, in order.
    ///
    /// - Complexity: O(n) hashes.
    public static func root(leafHashes: [Hash]) -> Hash {
        leafHashes.isEmpty ? emptyRoot : subtreeRoot(leafHashes[...])
    }

    /// The inclusion proof (audit path, `PATH(m, D[n])`) of leaf `leafIndex` in the tree of all
    /// `leafHashes`: the sibling hashes from the leaf up to the root.
    ///
    /// - Precondition: `leafIndex` is an index of `leafHashes`.
    /// - Complexity: O(n) hashes; the proof holds O(log n) hashes.
    public static func inclusionProof(leafIndex: Int, leafHashes: [Hash]) -> [Hash] {
        precondition(leafHashes.indices.contains(leafIndex), "leaf index must be inside the tree")
        var proof: [Hash] = []
        appendInclusionPath(leafIndex: leafIndex, leaves: leafHashes[...], to: &proof)
        return proof
    }

    /// The consistency proof (`PROOF(m, D[n])`) that the tree of the first `oldSize` leaves is a
    /// prefix of the tree of all `leafHashes`.
    ///
    /// Empty when `oldSize` is 0 or equals the tree size (nothing to prove; see `verifyConsistency`).
    ///
    /// - Precondition: `0 <= oldSize <= leafHashes.count`.
    /// - Complexity: O(n) hashes; the proof holds O(log n) hashes.
    public static func consistencyProof(oldSize: Int, leafHashes: [Hash]) -> [Hash] {
        precondition(oldSize >= 0, "old tree size must be non-negative")
        precondition(oldSize <= leafHashes.count, "old tree size must not exceed the tree size")
        var proof: [Hash] = []
        if oldSize > 0 {
            appendSubproof(oldSize: oldSize, leaves: leafHashes[...], isWholeOldTree: true, to: &proof)
        }
        return proof
    }

    /// The largest power of two less than `size`: where a tree of `size` leaves splits.
    ///
    /// - Precondition: `size >= 2`.
    static func splitSize(_ size: Int) -> Int {
        precondition(size >= 2, "only a tree of two or more leaves splits")
        return 1 << (Int.bitWidth - 1 - (size - 1).leadingZeroBitCount)
    }

    private static let leafPrefix: [UInt8] = [0x00]
    private static let nodePrefix: [UInt8] = [0x01]

    /// MTH of a non-empty run of leaves.
    private static func subtreeRoot(_ leaves: ArraySlice<Hash>) -> Hash {
        if leaves.count == 1 { return leaves[leaves.startIndex] }
        let middle = leaves.startIndex + splitSize(leaves.count)
        return nodeHash(subtreeRoot(leaves[..<middle]), subtreeRoot(leaves[middle...]))
    }

    /// RFC 9162 §2.1.3.1: `PATH(m, D[n])`, with `leafIndex` relative to the start of `leaves`.
    private static func appendInclusionPath(leafIndex: Int, leaves: ArraySlice<Hash>, to proof: inout [Hash]) {
        guard leaves.count > 1 else { return }
        let split = splitSize(leaves.count)
        let middle = leaves.startIndex + split
        if leafIndex < split {
            appendInclusionPath(leafIndex: leafIndex, leaves: leaves[..<middle], to: &proof)
            proof.append(subtreeRoot(leaves[middle...]))
        } else {
            appendInclusionPath(leafIndex: leafIndex - split, leaves: leaves[middle...], to: &proof)
            proof.append(subtreeRoot(leaves[..<middle]))
        }
    }

    /// RFC 9162 §2.1.4.1: `SUBPROOF(m, D[n], b)`, where `isWholeOldTree` is `b`, true while the
    /// subtree of the first `oldSize` leaves is the old tree the verifier already has the root of.
    private static func appendSubproof(
        oldSize: Int, leaves: ArraySlice<Hash>, isWholeOldTree: Bool, to proof: inout [Hash]
    ) {
        if oldSize == leaves.count {
            if !isWholeOldTree { proof.append(subtreeRoot(leaves)) }
            return
        }
        let split = splitSize(leaves.count)
        let middle = leaves.startIndex + split
        if oldSize <= split {
            appendSubproof(oldSize: oldSize, leaves: leaves[..<middle], isWholeOldTree: isWholeOldTree, to: &proof)
            proof.append(subtreeRoot(leaves[middle...]))
        } else {
            appendSubproof(oldSize: oldSize - split, leaves: leaves[middle...], isWholeOldTree: false, to: &proof)
            proof.append(subtreeRoot(leaves[..<middle]))
        }
    }
}
