import Integrity

/// Proof that the ledger's Merkle tree of `oldSize` records is a prefix of its tree of `newSize` records
/// (RFC 9162 §2.1.4; FORMAT.md, "Merkle tree"): every record a checkpoint of `oldSize` covered is still
/// there, unchanged and in the same place. Check it with `verify(oldRoot:)`.
public struct MerkleConsistencyProof: Sendable, Equatable {
    /// The size of the earlier tree (a checkpoint's tree size).
    public var oldSize: UInt64
    /// The size of the current tree.
    public var newSize: UInt64
    /// The root of the current tree.
    public var newRoot: MerkleTree.Hash
    /// The proof nodes, `PROOF(oldSize, D[newSize])`.
    public var path: [MerkleTree.Hash]

    /// Creates a proof from its parts.
    public init(oldSize: UInt64, newSize: UInt64, newRoot: MerkleTree.Hash, path: [MerkleTree.Hash]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.newRoot = newRoot
        self.path = path
    }

    /// True if the path proves that the tree with root `oldRoot` at `oldSize` is a prefix of the tree with
    /// root `newRoot` at `newSize`, by the algorithm of RFC 9162 §2.1.4.2.
    public func verify(oldRoot: MerkleTree.Hash) -> Bool {
        guard let old = Int(exactly: oldSize), let new = Int(exactly: newSize) else { return false }
        return MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: newRoot, proof: path)
    }
}
