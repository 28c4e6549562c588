/// What a leader did with one group: per-request outcomes, the records made durable, and any I/O failure.
struct CommittedGroup {
    var outcomes: [Result<[AppendReceipt], EventStoreError>]
    var records: [IndexedRecord]
    var lastTimestampNanoseconds: Int64
    var changedSlots: [SegmentSlot]
    var sealed: Bool
    var ioFailure: EventStoreError?
}

extension EventStore {
    /// Leader work, without `condition` held: plan every request (each all-or-nothing), stage the frames,
    /// write and fdatasync once. The leader is the only thread touching `writer` and the only mutator of
    /// `state.index`, so reading `state.index` here without the lock is race-free.
    func commitGroup(_ group: [AppendRequest]) -> CommittedGroup {
        let writer = self.writer!
        let index = state.index
        var planner = AppendPlanner(
            nextPosition: index.recordCount, chainHead: index.chainHead, lastTimestampNanoseconds: state.lastTimestampNanoseconds,
            recordSizeBytesMax: options.recordSizeBytesMax)
        var outcomes: [Result<[AppendReceipt], EventStoreError>] = []
        let now = options.clock()
        for request in group {
            var trial = planner
            outcomes.append(Result { () throws(EventStoreError) in try plan(request, on: &trial, index: index, now: now) })
            if case .success = outcomes.last! { planner = trial }
        }
        var records: [IndexedRecord] = []
        records.reserveCapacity(planner.records.count)
        do {
            for record in planner.records {
                let location = try writer.stage(record.frame, chainHash: record.chainHash)
                records.append(IndexedRecord(position: record.position, stream: record.stream, streamVersion: record.streamVersion, sourceID: record.sourceID, chainHash: record.chainHash, segmentIndex: location.segmentIndex, offset: location.offset))
            }
            if !records.isEmpty { try writer.commit() }
        } catch {
            let failure = EventStoreError.io("append of \(records.count) records", error)
            return CommittedGroup(outcomes: outcomes.map { $0.flatMap { _ in .failure(failure) } }, records: [], lastTimestampNanoseconds: planner.lastTimestampNanoseconds, changedSlots: [], sealed: false, ioFailure: failure)
        }
        let sealed = writer.sealedSinceLastTake
        return CommittedGroup(outcomes: outcomes, records: records, lastTimestampNanoseconds: planner.lastTimestampNanoseconds, changedSlots: writer.takeChangedSlots(), sealed: sealed, ioFailure: nil)
    }

    private func plan(_ request: AppendRequest, on planner: inout AppendPlanner, index: LedgerIndex, now: Int64) throws(EventStoreError) -> [AppendReceipt] {
        if let recovery = request.recovery {
            planner.planRecovery(recovery, index: index, now: now)
            return []
        }
        var receipts: [AppendReceipt] = []
        for batch in request.batches {
            receipts.append(try planner.plan(batch, index: index, now: now) { (position) throws(EventStoreError) in try self.readCommitted(at: position, index: index) })
        }
        return receipts
    }

    /// Makes a committed group visible: index, segments, outcomes. Call with `condition` held.
    func publish(_ committed: CommittedGroup, group: [AppendRequest]) {
        for (request, outcome) in zip(group, committed.outcomes) { request.outcome = outcome }
        if let failure = committed.ioFailure {
            state.failure = failure
            return
        }
        for record in committed.records {
            do { try state.index.add(record) } catch { preconditionFailure("planner produced an unindexable record: \(error)") }
        }
        state.lastTimestampNanoseconds = max(state.lastTimestampNanoseconds, committed.lastTimestampNanoseconds)
        for slot in committed.changedSlots {
            if let existing = state.segments.firstIndex(where: { $0.segmentIndex == slot.segmentIndex }) {
                state.segments[existing] = slot
            } else {
                state.segments.append(slot)
            }
        }
        if committed.sealed { try? writeCheckpoint(state.index) }
    }
}
