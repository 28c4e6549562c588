extension EventStore {
    /// Appends `events` to `stream` if its version matches, durably, all or nothing.
    ///
    /// If every event carries a source id that was appended before with the same content, nothing is
    /// written and the original receipt is returned (for a whole-batch retry, the very same receipt).
    /// Concurrent callers share one fdatasync (group commit).
    ///
    /// - Throws: `conflict(actualVersion:)` if the expected version does not match; `idempotencyConflict`
    ///   if a source id was used before with different content, or the batch mixes old and new source ids;
    ///   `invalidArgument` or `limitExceeded` for a bad batch; `io` if a write or sync failed (the store then
    ///   fail-stops); `failStopped` after such a failure; `readOnly` if opened read-only or closed.
    public func append(stream: String, expectedVersion: ExpectedVersion, events: [EventToAppend]) throws(EventStoreError) -> AppendReceipt {
        try submit(AppendRequest(batches: [AppendBatch(stream: stream, expectedVersion: expectedVersion, events: events)]))[0]
    }

    /// Appends many batches with one fdatasync, for importers.
    ///
    /// Each batch is checked in order against the ledger plus the batches before it. If any batch fails
    /// (version conflict, idempotency conflict, bad argument, limit), the whole call throws that batch's
    /// error and nothing is written. Batches that are whole idempotent retries return their original receipts.
    ///
    /// - Throws: as `append`, plus `limitExceeded` for more than `Limits.bulkBatchCountMax` batches.
    public func appendBatches(_ batches: [AppendBatch]) throws(EventStoreError) -> [AppendReceipt] {
        guard !batches.isEmpty else { return [] }
        guard batches.count <= Limits.bulkBatchCountMax else {
            throw EventStoreError(.limitExceeded, "\(batches.count) batches in one call, limit \(Limits.bulkBatchCountMax)")
        }
        return try submit(AppendRequest(batches: batches))
    }

    /// Logs a recovery record for a torn tail dropped by `open`.
    func appendRecoveryRecord(_ description: RecoveryDescription) throws(EventStoreError) {
        _ = try submit(AppendRequest(batches: [], recovery: description))
    }

    /// Queues `request` and waits until a leader (this thread or another) has committed it.
    private func submit(_ request: AppendRequest) throws(EventStoreError) -> [AppendReceipt] {
        condition.lock()
        defer { condition.unlock() }
        try checkWritable()
        state.queue.append(request)
        while request.outcome == nil {
            if state.leaderActive {
                condition.wait()
                continue
            }
            state.leaderActive = true
            let group = state.queue
            state.queue.removeAll()
            condition.unlock()
            let committed = commitGroup(group)
            condition.lock()
            publish(committed, group: group)
            state.leaderActive = false
            condition.broadcast()
        }
        return try request.outcome!.get()
    }

    /// Throws unless appends are allowed. Call with `condition` held.
    private func checkWritable() throws(EventStoreError) {
        guard mode == .readWrite else { throw EventStoreError(.readOnly, "store at \(paths.directory) is open read-only") }
        guard !state.isClosed else { throw EventStoreError(.readOnly, "store at \(paths.directory) is closed") }
        if let failure = state.failure {
            throw EventStoreError(.failStopped, "an earlier write or sync failed; reopen the store", cause: failure)
        }
    }
}
