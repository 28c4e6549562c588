/// One caller's batches waiting for the group-commit leader, and the outcome once it is known.
///
/// Only touched with the store's shared-state lock held, so it needs no synchronisation of its own.
final class AppendRequest {
    /// What to append: one batch for `append`, several for `appendBatches`.
    let batches: [AppendBatch]
    /// A recovery record to log instead of batches (used once, by `open`).
    let recovery: RecoveryDescription?
    /// Set by the leader: the receipts, or why the request failed.
    var outcome: Result<[AppendReceipt], EventStoreError>?

    init(batches: [AppendBatch], recovery: RecoveryDescription? = nil) {
        self.batches = batches
        self.recovery = recovery
    }
}
