/// What a leader did with one group: per-request outcomes, the records made durable, and any I/O failure.
struct CommittedGroup {
    var outcomes: [Result<[AppendReceipt], EventStoreError>]
    var records: [IndexedRecord]
    var lastTimestampNanoseconds: Int64
    var changedSlots: [SegmentSlot]
    var sealed: Bool
    /// How long the group's write and fdatasync took (0 if nothing was written).
    var syncNanoseconds: UInt64
    var ioFailure: EventStoreError?
}

/// What a waiting appender does next.
enum SubmitStep {
    /// Its request has an outcome.
    case finished(Result<[AppendReceipt], EventStoreError>)
    /// It became the leader: gather a group (which includes its own request) and commit it.
    case lead
}

extension EventStore {
    /// Decides, with the shared state locked, what the appender of `request` does next. This is the one
    /// leader hand-off, and its writable gate: after a write or sync failure no queued request may lead;
    /// every one of them fails with that original failure.
    static func nextStep(for request: AppendRequest, in state: inout State) -> SubmitStep {
        if let outcome = request.outcome { return .finished(outcome) }
        precondition(!state.leaderActive, "a leader is taken only when none is active")
        if let failure = state.failure {
            state.failQueue(with: failure)
            return .finished(request.outcome!)
        }
        state.leaderActive = true
        return .lead
    }

    /// Takes the queued requests as the leader's group. If fewer are queued than the last group held, first
    /// waits (lock released) for the appenders of that group to queue again, but no longer than one sync
    /// took, clamped to `options.groupCommitWaitNanoseconds` (waiting longer than a sync would cost more than
    /// the sync it saves): appenders that each wait for their own append come back one
    /// by one after a group completes, and without this wait the first of them would lead a group of one
    /// while the rest queue behind its sync (groups alternate between 1 and N−1 appenders). Stops waiting
    /// when `close()` starts (no more appends can arrive). Call as the leader.
    func gatherGroup() -> [AppendRequest] {
        let (expectedCount, lastSyncNanoseconds) = shared.withLockedValue { state in
            (state.lastGroupRequestCount, state.lastSyncNanoseconds)
        }
        let bounds = options.groupCommitWaitNanoseconds
        let waitNanoseconds = min(max(lastSyncNanoseconds, bounds.lowerBound), bounds.upperBound)
        let deadline = ConditionLock<State>.monotonicNanoseconds() + waitNanoseconds
        return shared.withLock(
            waitingUntil: { $0.queue.count >= expectedCount || $0.isClosing }, orDeadline: deadline
        ) { state in
            let group = state.queue
            state.queue.removeAll()
            state.lastGroupRequestCount = max(1, group.count)
            return group
        }
    }

    /// Leader work: gather a group, commit it without the lock held, publish it, write the index checkpoint
    /// if a segment was sealed, then hand the leader role back. A checkpoint failure fail-stops the store
    /// (the group itself is durable and stays acknowledged).
    func lead() {
        let group = gatherGroup()
        let committed = commitGroup(group)
        var checkpointFailure: EventStoreError?
        do {  // the index copy must be gone before another leader mutates the shared index (copy-on-write)
            let checkpoint = shared.withLock { state in publish(committed, group: group, in: &state) }
            if let checkpoint {
                do throws(EventStoreError) { try writeCheckpoint(checkpoint) } catch { checkpointFailure = error }
            }
        }
        shared.withLock { state in
            if let checkpointFailure, state.failure == nil {
                state.failure = checkpointFailure
                state.failQueue(with: checkpointFailure)
            }
            state.leaderActive = false
        }
    }

    /// Plans every request (each all-or-nothing), stages the frames, writes and fdatasyncs once. Runs
    /// without the lock, on a copy of the index taken under it: the leader is the only thread touching
    /// `writer` and the only one that may change the index until it hands the role back. The copy dies
    /// when this returns, before `publish` extends the shared index (so that is not copied on write).
    func commitGroup(_ group: [AppendRequest]) -> CommittedGroup {
        let writer = self.writer!
        let (index, lastTimestampNanoseconds) = shared.withLockedValue { state in
            (state.index, state.lastTimestampNanoseconds)
        }
        var planner = AppendPlanner(
            nextPosition: index.recordCount, chainHead: index.chainHead,
            lastTimestampNanoseconds: lastTimestampNanoseconds,
            recordSizeBytesMax: options.recordSizeBytesMax, batchSizeBytesMax: options.batchSizeBytesMax)
        var outcomes: [Result<[AppendReceipt], EventStoreError>] = []
        let now = options.clock()
        for request in group {
            var trial = planner
            outcomes.append(
                Result { () throws(EventStoreError) in try plan(request, on: &trial, index: index, now: now) })
            if case .success = outcomes.last! { planner = trial }
        }
        var records: [IndexedRecord] = []
        records.reserveCapacity(planner.records.count)
        var syncNanoseconds: UInt64 = 0
        do {
            var batchStart = 0
            for (recordIndex, record) in planner.records.enumerated() where record.endsBatch {
                let batch = planner.records[batchStart...recordIndex]
                let locations = try writer.stage(batch: batch.map { ($0.frame, $0.chainHash) })
                for (record, location) in zip(batch, locations) {
                    records.append(
                        IndexedRecord(
                            position: record.position, stream: record.stream, streamVersion: record.streamVersion,
                            sourceID: record.sourceID, chainHash: record.chainHash, segmentIndex: location.segmentIndex,
                            offset: location.offset))
                }
                batchStart = recordIndex + 1
            }
            precondition(batchStart == planner.records.count, "every planned batch ends with an end-of-batch record")
            if !records.isEmpty {
                let syncStart = ConditionLock<State>.monotonicNanoseconds()
                try writer.commit()
                syncNanoseconds = ConditionLock<State>.monotonicNanoseconds() - syncStart
            }
        } catch {
            let failure = EventStoreError.io("append of \(records.count) records", error)
            return CommittedGroup(
                outcomes: outcomes.map { $0.flatMap { _ in .failure(failure) } }, records: [],
                lastTimestampNanoseconds: planner.lastTimestampNanoseconds, changedSlots: [], sealed: false,
                syncNanoseconds: 0, ioFailure: failure)
        }
        let sealed = writer.sealedSinceLastTake
        return CommittedGroup(
            outcomes: outcomes, records: records, lastTimestampNanoseconds: planner.lastTimestampNanoseconds,
            changedSlots: writer.takeChangedSlots(), sealed: sealed, syncNanoseconds: syncNanoseconds, ioFailure: nil)
    }

    private func plan(_ request: AppendRequest, on planner: inout AppendPlanner, index: LedgerIndex, now: Int64)
        throws(EventStoreError) -> [AppendReceipt]
    {
        if let recovery = request.recovery {
            planner.planRecovery(recovery, index: index, now: now)
            return []
        }
        var receipts: [AppendReceipt] = []
        for batch in request.batches {
            receipts.append(
                try planner.plan(batch, index: index, now: now) { (position) throws(EventStoreError) in
                    try self.record(at: position)  // a committed record, for the idempotency check
                })
        }
        return receipts
    }

    /// Makes a committed group visible: index, segments, outcomes; after an I/O failure, fails the store and
    /// every queued request. Returns the index to checkpoint when the group sealed a segment.
    func publish(_ committed: CommittedGroup, group: [AppendRequest], in state: inout State) -> LedgerIndex? {
        for (request, outcome) in zip(group, committed.outcomes) { request.outcome = outcome }
        if let failure = committed.ioFailure {
            state.failure = failure
            state.failQueue(with: failure)
            return nil
        }
        for record in committed.records {
            do { try state.index.add(record) } catch {
                preconditionFailure("planner produced an unindexable record: \(error)")
            }
        }
        state.lastTimestampNanoseconds = max(state.lastTimestampNanoseconds, committed.lastTimestampNanoseconds)
        if committed.syncNanoseconds > 0 { state.lastSyncNanoseconds = committed.syncNanoseconds }
        for slot in committed.changedSlots {
            if let existing = state.segments.firstIndex(where: { $0.segmentIndex == slot.segmentIndex }) {
                state.segments[existing] = slot
            } else {
                state.segments.append(slot)
            }
        }
        guard committed.sealed else { return nil }
        state.index.startJournal()  // the checkpoint the leader writes next is the new tail index's base
        return state.index
    }
}

extension EventStore.State {
    /// Fails every queued request with `failure` and empties the queue.
    mutating func failQueue(with failure: EventStoreError) {
        for request in queue { request.outcome = .failure(failure) }
        queue.removeAll()
    }
}
