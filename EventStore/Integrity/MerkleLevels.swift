/// Every level of an RFC 9162 Merkle tree held in memory, so that many inclusion proofs cost O(log n) each
/// after one O(n) build (`MerkleTree.inclusionProof` costs O(n) per proof).
///
/// Level 0 holds the leaf hashes; level `k + 1` holds the node hash of each pair of level `k`, and an
/// unpaired last node of level `k` is carried up unchanged. That is RFC 9162's tree (a tree of `n` leaves
/// splits at the largest power of two below `n`), so `root` equals `MerkleTree.root(leafHashes:)` and
/// `inclusionProof` equals `MerkleTree.inclusionProof` for every leaf.
public struct MerkleLevels: Sendable {
    /// The levels, leaves first; the last level holds the root alone (empty for an empty tree).
    private var levels: [[MerkleTree.Hash]]

    /// Builds every level over `leafHashes` (`MerkleTree.leafHash` of each leaf, in order).
    ///
    /// - Complexity: O(n) hashes, about 2n hashes of memory.
    public init(leafHashes: [MerkleTree.Hash]) {
        levels = [leafHashes]
        while let below = levels.last, below.count > 1 {
            var above: [MerkleTree.Hash] = []
            above.reserveCapacity((below.count + 1) / 2)
            var index = 0
            while index + 1 < below.count {
                above.append(MerkleTree.nodeHash(below[index], below[index + 1]))
                index += 2
            }
            if index < below.count { above.append(below[index]) }
            levels.append(above)
        }
    }

    /// The number of leaves.
    public var leafCount: Int { levels[0].count }

    /// The tree's root; `MerkleTree.emptyRoot` for no leaves.
    public var root: MerkleTree.Hash { levels.last?.first ?? MerkleTree.emptyRoot }

    /// The audit path of leaf `leafIndex`: sibling hashes from the leaf up to the root (RFC 9162 §2.1.3.1).
    ///
    /// - Precondition: `0 <= leafIndex < leafCount`.
    /// - Complexity: O(log n), no hashing.
    public func inclusionProof(leafIndex: Int) -> [MerkleTree.Hash] {
        precondition(levels[0].indices.contains(leafIndex), "leaf index must be inside the tree")
        var path: [MerkleTree.Hash] = []
        var index = leafIndex
        for level in levels.dropLast() {
            let sibling = index ^ 1
            if sibling < level.count { path.append(level[sibling]) }
            index >>= 1
        }
        return path
    }
}
