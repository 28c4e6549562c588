extension EventStore {
    /// The RFC 9162 Merkle tree root over every committed record (leaf `n` is record `n`'s chain hash;
    /// FORMAT.md, "Merkle tree"). `MerkleTree.emptyRoot` for an empty ledger.
    ///
    /// Computed by reading the whole log: there is no persistent tree yet.
    /// - Throws: `corrupt` if a record fails its checks, `io`, or `readOnly` if closed.
    /// - Complexity: O(n) record reads and O(n) hashes, O(log n) memory.
    public func merkleRoot() throws(EventStoreError) -> MerkleTree.Hash {
        var accumulator = MerkleAccumulator()
        try forEachLeafHash { accumulator.append(leafHash: $0) }
        return accumulator.root
    }

    /// An inclusion proof of the record at `position` in the Merkle tree of every committed record.
    ///
    /// Computed by reading the whole log: there is no persistent tree yet.
    /// - Throws: `notFound` if `position` is past the end, `corrupt` if a record fails its checks, `io`, or
    ///   `readOnly` if closed.
    /// - Complexity: O(n) record reads and O(n) hashes and memory for the n leaf hashes.
    public func inclusionProof(position: UInt64) throws(EventStoreError) -> MerkleInclusionProof {
        var leafHashes: [MerkleTree.Hash] = []
        try forEachLeafHash { leafHashes.append($0) }
        guard position < UInt64(leafHashes.count) else {
            throw EventStoreError(
                .notFound, "position \(position) is past the end of the log (\(leafHashes.count) records)")
        }
        let leafIndex = Int(position)
        return MerkleInclusionProof(
            position: position, treeSize: UInt64(leafHashes.count), leafHash: leafHashes[leafIndex],
            auditPath: MerkleTree.inclusionProof(leafIndex: leafIndex, leafHashes: leafHashes),
            root: MerkleTree.root(leafHashes: leafHashes))
    }

    /// Calls `body` with the leaf hash of every committed record, in position order.
    func forEachLeafHash(_ body: (MerkleTree.Hash) -> Void) throws(EventStoreError) {
        var cursor = try events(fromPosition: 0)
        while let record = try cursor.next() { body(MerkleTree.leafHash(record.chainHash)) }
    }
}
