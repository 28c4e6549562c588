import EventStore

extension KillCampaign {
    /// Checks the ledger after `moment`: `caseledger verify` passes, positions are contiguous, no source id
    /// twice, nothing the campaign did not send, every batch whole or absent, acknowledged ones whole, refused
    /// ones absent. Violations are recorded; the snapshot is returned.
    @discardableResult
    mutating func check(after moment: String) throws -> LedgerSnapshot {
        let verify = try caseledger(["verify", "--ledger", ledger])
        if !verify.exited(0) { figures.violations.append("after \(moment): verify ended \(describe(verify))") }
        let snapshot: LedgerSnapshot
        do {
            snapshot = try LedgerSnapshot.read(directory: ledger)
        } catch {
            figures.violations.append("after \(moment): the ledger does not open for reading: \(error)")
            return LedgerSnapshot()
        }
        figures.violations += problems(in: snapshot).map { "after \(moment): \($0)" }
        return snapshot
    }

    /// What `snapshot` shows that the campaign's model forbids.
    func problems(in snapshot: LedgerSnapshot) -> [String] {
        var problems = snapshot.gaps.map { "position \($0) does not follow its predecessor" }
        problems += snapshot.repeatedSourceIDs.map { "source id \($0) is present twice" }
        var known = 0
        for batch in batches {
            let (count, misplaced) = snapshot.presence(of: batch)
            known += count
            problems += misplaced
            if count != 0 && count != batch.eventCount {
                problems.append("batch \(batch.number) is partly present: \(count) of \(batch.eventCount) events")
            }
            if acknowledged.contains(batch.number) && count != batch.eventCount {
                problems.append("acknowledged batch \(batch.number) lost \(batch.eventCount - count) events")
            }
            if mustBeAbsent.contains(batch.number) && count != 0 {
                problems.append("batch \(batch.number) of a refused second writer is present")
            }
        }
        if known != snapshot.eventsBySourceID.count {
            problems.append("\(snapshot.eventsBySourceID.count - known) events the campaign never sent")
        }
        return problems
    }
}
