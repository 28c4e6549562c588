extension EventStore {
    /// A consistency proof from the ledger's Merkle tree of its first `oldSize` records to its tree of every
    /// committed record (RFC 9162 §2.1.4.1).
    ///
    /// Computed from the Merkle cache, like `inclusionProof(position:)`.
    /// - Throws: `notFound` if `oldSize` exceeds the record count (the ledger is shorter than the tree the
    ///   proof would start from), `corrupt` if a record fails its checks, `io`, or `readOnly` if closed.
    public func consistencyProof(fromTreeSize oldSize: UInt64) throws(EventStoreError) -> MerkleConsistencyProof {
        var view = try merkleView()
        guard oldSize <= view.treeSize else {
            throw EventStoreError(
                .notFound, "tree size \(oldSize) is past the end of the log (\(view.treeSize) records)")
        }
        return MerkleConsistencyProof(
            oldSize: oldSize, newSize: view.treeSize, newRoot: try view.root(),
            path: try view.consistencyPath(from: oldSize))
    }
}
