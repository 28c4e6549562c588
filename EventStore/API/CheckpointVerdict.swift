/// What `EventStore.check(against:)` found when comparing the ledger with an earlier checkpoint.
public enum CheckpointVerdict: Sendable, Equatable {
    /// The ledger verifies and extends the checkpoint: the consistency proof from the checkpoint's tree size
    /// to the current one recomputes both the checkpoint's root and the current root.
    case extends(MerkleConsistencyProof)
    /// The ledger itself is damaged (a checksum, hash or chain failure); nothing is proved.
    case damaged(VerifyFailure)
    /// The ledger holds fewer records than the checkpoint covered: records were removed.
    case shorter(recordCount: UInt64, checkpointTreeSize: UInt64)
    /// The ledger verifies on its own but does not extend the checkpoint: some record the checkpoint covered
    /// was changed, removed or reordered, even though every hash was recomputed.
    case inconsistent(MerkleConsistencyProof)

    /// True only for `extends`.
    public var isConsistent: Bool {
        if case .extends = self { return true }
        return false
    }
}
