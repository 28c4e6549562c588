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
    public func append(stream: String, expectedVersion: ExpectedVersion, events: [EventToAppend])
        throws(EventStoreError) -> AppendReceipt
    {
        try submit(
            AppendRequest(batches: [AppendBatch(stream: stream, expectedVersion: expectedVersion, events: events)]))[0]
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
            throw EventStoreError(
                .limitExceeded, "\(batches.count) batches in one call, limit \(Limits.bulkBatchCountMax)")
        }
        return try submit(AppendRequest(batches: batches))
    }

    /// Logs a recovery record for a torn tail dropped by `open`.
    func appendRecoveryRecord(_ description: RecoveryDescription) throws(EventStoreError) {
        _ = try submit(AppendRequest(batches: [], recovery: description))
    }

    /// Queues `request` and waits until a leader (this thread or another) has committed or failed it.
    private func submit(_ request: AppendRequest) throws(EventStoreError) -> [AppendReceipt] {
        try shared.withLock { (state) throws(EventStoreError) in
            try checkAcceptsAppends(state)
            state.queue.append(request)
        }
        while true {
            let step = shared.withLock(waitingUntil: { request.outcome != nil || !$0.leaderActive }) { state in
                Self.nextStep(for: request, in: &state)
            }
            switch step {
            case .finished(let outcome): return try outcome.get()
            case .lead: lead()
            }
        }
    }

    /// Throws unless new appends are allowed.
    private func checkAcceptsAppends(_ state: State) throws(EventStoreError) {
        guard mode == .readWrite else {
            throw EventStoreError(.readOnly, "store at \(paths.directory) is open read-only")
        }
        guard !state.isClosing else { throw EventStoreError(.readOnly, "store at \(paths.directory) is closed") }
        if let failure = state.failure {
            throw EventStoreError(.failStopped, "an earlier write or sync failed; reopen the store", cause: failure)
        }
    }
}
