import Integrity

/// Proof that one record is leaf `position` of the ledger's Merkle tree of `treeSize` records
/// (RFC 9162 §2.1.3; FORMAT.md, "Merkle tree"). Check it with `verify()` or `MerkleTree.verifyInclusion`.
public struct MerkleInclusionProof: Sendable, Equatable {
    /// The record's position: its 0-based leaf index.
    public var position: UInt64
    /// The number of records (leaves) in the tree the root commits to.
    public var treeSize: UInt64
    /// The leaf hash: `MerkleTree.leafHash` of the record's chain hash.
    public var leafHash: MerkleTree.Hash
    /// The audit path: sibling hashes from the leaf up to the root.
    public var auditPath: [MerkleTree.Hash]
    /// The root of the tree of `treeSize` records.
    public var root: MerkleTree.Hash

    /// Creates a proof from its parts.
    public init(
        position: UInt64, treeSize: UInt64, leafHash: MerkleTree.Hash, auditPath: [MerkleTree.Hash],
        root: MerkleTree.Hash
    ) {
        self.position = position
        self.treeSize = treeSize
        self.leafHash = leafHash
        self.auditPath = auditPath
        self.root = root
    }

    /// True if the audit path recomputes `root` from `leafHash` at `position` in a tree of `treeSize`.
    public func verify() -> Bool {
        guard let leafIndex = Int(exactly: position), let size = Int(exactly: treeSize) else { return false }
        return MerkleTree.verifyInclusion(
            leafHash: leafHash, leafIndex: leafIndex, treeSize: size, proof: auditPath, root: root)
    }
}
