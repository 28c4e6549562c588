extension MerkleTree {
    /// Verifies an inclusion proof by the algorithm of RFC 9162 §2.1.3.2.
    ///
    /// - Parameters:
    ///   - leafHash: `leafHash(_:)` of the leaf claimed to be in the tree.
    ///   - leafIndex: Its claimed 0-based index.
    ///   - treeSize: The number of leaves in the tree `root` commits to.
    ///   - proof: The inclusion proof, as `inclusionProof(leafIndex:leafHashes:)` makes it.
    ///   - root: The trusted root of the tree of `treeSize` leaves.
    /// - Returns: True only if the proof recomputes `root`. Malformed input (an index outside the tree,
    ///   a hash that is not 32 bytes, a proof too long or too short) gives false, never a trap.
    public static func verifyInclusion(
        leafHash: Hash, leafIndex: Int, treeSize: Int, proof: [Hash], root: Hash
    ) -> Bool {
        guard leafIndex >= 0, leafIndex < treeSize, areDigests([leafHash, root] + proof) else { return false }
        var indexBits = leafIndex  // fn
        var lastIndexBits = treeSize - 1  // sn
        var computed = leafHash  // r
        for sibling in proof {
            guard lastIndexBits != 0 else { return false }
            if indexBits & 1 == 1 || indexBits == lastIndexBits {
                computed = nodeHash(sibling, computed)
                while indexBits & 1 == 0 && indexBits != 0 {
                    indexBits >>= 1
                    lastIndexBits >>= 1
                }
            } else {
                computed = nodeHash(computed, sibling)
            }
            indexBits >>= 1
            lastIndexBits >>= 1
        }
        return lastIndexBits == 0 && digestsEqual(computed, root)
    }

    /// Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2: the tree of `oldSize`
    /// leaves with root `oldRoot` is a prefix of the tree of `newSize` leaves with root `newRoot`.
    ///
    /// The RFC defines the algorithm for `0 < oldSize < newSize`. Beyond it, as transparency-dev/merkle
    /// does: equal sizes are consistent when the proof is empty and the roots are equal; the empty tree
    /// (`oldSize` 0) is consistent with every tree when the proof is empty and `oldRoot` is `emptyRoot`.
    ///
    /// - Returns: True only if the proof recomputes both roots. Malformed input (sizes out of order, a
    ///   hash that is not 32 bytes, a proof too long or too short) gives false, never a trap.
    public static func verifyConsistency(
        oldSize: Int, newSize: Int, oldRoot: Hash, newRoot: Hash, proof: [Hash]
    ) -> Bool {
        guard oldSize >= 0, oldSize <= newSize, areDigests([oldRoot, newRoot] + proof) else { return false }
        if oldSize == newSize { return proof.isEmpty && digestsEqual(oldRoot, newRoot) }
        if oldSize == 0 { return proof.isEmpty && digestsEqual(oldRoot, emptyRoot) }
        guard !proof.isEmpty else { return false }  // step 1
        let path = oldSize.nonzeroBitCount == 1 ? [oldRoot] + proof : proof  // step 2
        var oldBits = oldSize - 1  // fn, step 3
        var newBits = newSize - 1  // sn
        while oldBits & 1 == 1 {  // step 4
            oldBits >>= 1
            newBits >>= 1
        }
        var oldComputed = path[0]  // fr, step 5
        var newComputed = path[0]  // sr
        for node in path.dropFirst() {  // step 6
            guard newBits != 0 else { return false }
            if oldBits & 1 == 1 || oldBits == newBits {
                oldComputed = nodeHash(node, oldComputed)
                newComputed = nodeHash(node, newComputed)
                while oldBits & 1 == 0 && oldBits != 0 {
                    oldBits >>= 1
                    newBits >>= 1
                }
            } else {
                newComputed = nodeHash(newComputed, node)
            }
            oldBits >>= 1
            newBits >>= 1
        }
        return newBits == 0 && digestsEqual(oldComputed, oldRoot) && digestsEqual(newComputed, newRoot)  // step 7
    }

    /// True if every hash is a SHA-256 digest in length.
    private static func areDigests(_ hashes: [Hash]) -> Bool {
        hashes.allSatisfy { $0.count == SHA256.digestSizeBytes }
    }

    /// Compares two digests in time independent of where they differ.
    private static func digestsEqual(_ lhs: Hash, _ rhs: Hash) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }
}
