import Integrity

extension EventStore {
    /// The RFC 9162 Merkle tree root over every committed record (leaf `n` is record `n`'s chain hash;
    /// FORMAT.md, "Merkle tree"). `MerkleTree.emptyRoot` for an empty ledger.
    ///
    /// Folded from the Merkle cache's per-segment ranges where it is valid (FORMAT.md, "Merkle cache"), reading
    /// only the records of the tail and of sealed segments the cache lacks.
    /// - Throws: `corrupt` if a record read fails its checks, `io`, or `readOnly` if closed.
    /// - Complexity: O(segments · log n) hashes plus the records read.
    public func merkleRoot() throws(EventStoreError) -> MerkleTree.Hash {
        var view = try merkleView()
        return try view.root()
    }

    /// An inclusion proof of the record at `position` in the Merkle tree of every committed record.
    ///
    /// Computed like `merkleRoot()`, reading the records of at most the segments the proof's subtrees cut
    /// through besides the tail.
    /// - Throws: `notFound` if `position` is past the end, `corrupt` if a record fails its checks, `io`, or
    ///   `readOnly` if closed.
    public func inclusionProof(position: UInt64) throws(EventStoreError) -> MerkleInclusionProof {
        var view = try merkleView()
        guard position < view.treeSize else {
            throw EventStoreError(
                .notFound, "position \(position) is past the end of the log (\(view.treeSize) records)")
        }
        let path = try view.inclusionPath(position)
        return MerkleInclusionProof(
            position: position, treeSize: view.treeSize, leafHash: try view.rangeRoot(position..<(position + 1)),
            auditPath: path, root: try view.root())
    }
}
