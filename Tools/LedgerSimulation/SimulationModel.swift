import EventStore
import EventStoreTesting

/// One batch the simulation tried to append: its stream and events (every event has a unique source id).
struct PlannedBatch: Sendable {
    var stream: String
    var events: [EventToAppend]
}

/// What the simulated callers were told: batches acknowledged (with receipts) and batches whose append
/// failed (they may or may not have reached the disk, but only whole).
struct SimulationModel {
    var acknowledged: [(batch: PlannedBatch, receipt: AppendReceipt)] = []
    var unacknowledged: [PlannedBatch] = []
    /// How a violation found by `verify` starts.
    static let verifyFailurePrefix = "verify: "

    /// Checks a reopened store against the model: acknowledged ⇒ present and intact, unacknowledged ⇒
    /// absent or whole, positions contiguous, nothing unknown, chain verifies. Adopts the unacknowledged
    /// batches recovery kept. Returns the violations found; throws the store's errors.
    mutating func check(_ store: EventStore) throws(EventStoreError) -> [String] {
        var violations: [String] = []
        let report = try store.verify()
        if !report.isIntact {
            violations.append(Self.verifyFailurePrefix + "\(String(describing: report.firstFailure))")
        }
        if report.recordsChecked != store.info.recordCount {
            violations.append(
                Self.verifyFailurePrefix + "checked \(report.recordsChecked) of \(store.info.recordCount) records")
        }
        var bySourceID: [String: RecordedEvent] = [:]
        var cursor = try store.events(fromPosition: 0)
        var expectedPosition: UInt64 = 0
        while let record = try cursor.next() {
            if record.position != expectedPosition { violations.append("position \(record.position) not contiguous") }
            expectedPosition = record.position + 1
            if let sourceID = record.sourceID { bySourceID[sourceID] = record }
        }
        for (batch, receipt) in acknowledged {
            violations += Self.problems(of: batch, in: bySourceID, receipt: receipt)
        }
        var stillUnacknowledged: [PlannedBatch] = []
        for batch in unacknowledged {
            let present = batch.events.filter { bySourceID[$0.sourceID!] != nil }.count
            if present == 0 {
                stillUnacknowledged.append(batch)
            } else if present != batch.events.count {
                violations.append("unacknowledged batch on \(batch.stream) half visible (\(present) records)")
            } else {
                violations += Self.problems(of: batch, in: bySourceID, receipt: nil)
                let last = bySourceID[batch.events.last!.sourceID!]!
                let first = bySourceID[batch.events[0].sourceID!]!
                acknowledged.append(
                    (
                        batch,
                        AppendReceipt(
                            firstPosition: first.position, lastPosition: last.position,
                            streamVersion: last.streamVersion,
                            chainHash: last.chainHash)
                    ))
            }
        }
        unacknowledged = stillUnacknowledged
        return violations
    }

    /// What is wrong with `batch` as stored: missing, moved, torn apart or with other content.
    private static func problems(
        of batch: PlannedBatch, in bySourceID: [String: RecordedEvent], receipt: AppendReceipt?
    ) -> [String] {
        let records = batch.events.compactMap { bySourceID[$0.sourceID!] }
        guard records.count == batch.events.count else {
            return ["acknowledged batch on \(batch.stream) lost \(batch.events.count - records.count) records"]
        }
        var problems: [String] = []
        for (offset, (event, record)) in zip(batch.events, records).enumerated() {
            if record.payload != event.payload || record.stream != batch.stream || record.type != event.type {
                problems.append("record \(record.position) does not hold what was appended")
            }
            if record.position != records[0].position + UInt64(offset) {
                problems.append("batch on \(batch.stream) not contiguous at \(record.position)")
            }
        }
        if let receipt, receipt.firstPosition != records[0].position || receipt.chainHash != records.last!.chainHash {
            problems.append("acknowledged batch on \(batch.stream) moved from position \(receipt.firstPosition)")
        }
        return problems
    }
}
