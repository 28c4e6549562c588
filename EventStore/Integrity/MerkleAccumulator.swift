/// A running RFC 9162 Merkle tree root, updated one leaf at a time in O(log n) memory.
///
/// It keeps the roots of the perfect subtrees the leaves so far fall into, one per set bit of
/// `leafCount`, largest (leftmost) first; `root` folds them right to left. For every leaf sequence,
/// `root` equals `MerkleTree.root(leafHashes:)` of the same leaf hashes.
///
/// Persist `leafCount` and `subtreeRoots` in a checkpoint and rebuild with
/// `init?(leafCount:subtreeRoots:)` to resume without rereading the leaves.
public struct MerkleAccumulator: Sendable, Equatable {
    /// The number of leaves appended.
    public private(set) var leafCount = 0
    /// The roots of the perfect subtrees, largest first; subtree `i` covers `2^b` leaves for the
    /// `i`-th highest set bit `b` of `leafCount`.
    public private(set) var subtreeRoots: [MerkleTree.Hash] = []

    /// An accumulator over no leaves.
    public init() {}

    /// Resumes from a checkpoint; nil if the shape does not fit (one 32-byte root per set bit of
    /// `leafCount`, and `leafCount` non-negative).
    public init?(leafCount: Int, subtreeRoots: [MerkleTree.Hash]) {
        guard leafCount >= 0, leafCount.nonzeroBitCount == subtreeRoots.count else { return nil }
        guard subtreeRoots.allSatisfy({ $0.count == SHA256.digestSizeBytes }) else { return nil }
        self.leafCount = leafCount
        self.subtreeRoots = subtreeRoots
    }

    /// Appends the next leaf, given as its leaf hash (`MerkleTree.leafHash(_:)`).
    ///
    /// - Precondition: `leafHash` is 32 bytes.
    /// - Complexity: Amortised O(1) node hashes, at most O(log n).
    public mutating func append(leafHash: MerkleTree.Hash) {
        precondition(leafHash.count == SHA256.digestSizeBytes, "leaf hash must be a SHA-256 digest")
        var carried = leafHash
        var sizeBits = leafCount
        while sizeBits & 1 == 1 {
            carried = MerkleTree.nodeHash(subtreeRoots.removeLast(), carried)
            sizeBits >>= 1
        }
        subtreeRoots.append(carried)
        leafCount += 1
    }

    /// The root of the tree of all leaves appended so far; `MerkleTree.emptyRoot` before the first.
    ///
    /// - Complexity: O(log n) node hashes.
    public var root: MerkleTree.Hash {
        guard var folded = subtreeRoots.last else { return MerkleTree.emptyRoot }
        for left in subtreeRoots.dropLast().reversed() {
            folded = MerkleTree.nodeHash(left, folded)
        }
        return folded
    }
}
