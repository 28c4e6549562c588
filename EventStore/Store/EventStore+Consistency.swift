extension EventStore {
    /// A consistency proof from the ledger's Merkle tree of its first `oldSize` records to its tree of every
    /// committed record (RFC 9162 §2.1.4.1).
    ///
    /// Computed by reading the whole log, like `inclusionProof(position:)`.
    /// - Throws: `notFound` if `oldSize` exceeds the record count (the ledger is shorter than the tree the
    ///   proof would start from), `corrupt` if a record fails its checks, `io`, or `readOnly` if closed.
    /// - Complexity: O(n) record reads and hashes, O(n) memory for the leaf hashes.
    public func consistencyProof(fromTreeSize oldSize: UInt64) throws(EventStoreError) -> MerkleConsistencyProof {
        var leafHashes: [MerkleTree.Hash] = []
        try forEachLeafHash { leafHashes.append($0) }
        guard oldSize <= UInt64(leafHashes.count) else {
            throw EventStoreError(
                .notFound, "tree size \(oldSize) is past the end of the log (\(leafHashes.count) records)")
        }
        return MerkleConsistencyProof(
            oldSize: oldSize, newSize: UInt64(leafHashes.count), newRoot: MerkleTree.root(leafHashes: leafHashes),
            path: MerkleTree.consistencyProof(oldSize: Int(oldSize), leafHashes: leafHashes))
    }
}
