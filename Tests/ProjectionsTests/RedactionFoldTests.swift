import CaseModel
import Projections
import Testing

/// A redaction folded into the history before its records are erased (the erasure failed, or a checkpoint
/// from before it was caught up): nothing of the redacted event, its correction or its retraction remains.
@Test func aRedactedEventLeavesNoContentInTheHistoryEvenBeforeItsRecordIsErased() throws {
    var ledger = TestLedger()
    ledger.append(ReferralReceived(source: .police), on: "2013-05-01", id: "REF")
    let wrong = ledger.append(SocialWorkerAllocated(workerId: "sw-misfiled", teamId: "north"), on: "2013-05-02")
    ledger.correct(wrong, to: SocialWorkerAllocated(workerId: "sw-misfiled-2", teamId: "north"), on: "2013-05-03")
    ledger.retract(wrong, typeName: SocialWorkerAllocated.typeName, on: "2013-05-04")
    let before = ProjectionCheckpoint(of: try ledger.state()).stateBytes
    #expect(contains(before, "sw-misfiled"))
    ledger.append(
        Redacted(
            redactedEventId: wrong, redactedType: SocialWorkerAllocated.typeName, legalBasis: .recordedOnWrongFile,
            authorisedBy: "dpo-1"), on: "2013-05-05", id: "RD")
    let state = try ledger.state()
    let history = try #require(state.children["C1"])
    #expect(history.events.map(\.eventId) == ["REF", "RD"])
    #expect(history.unresolvedSupersessionPositions.isEmpty)
    #expect(!contains(ProjectionCheckpoint(of: state).stateBytes, "sw-misfiled"))
}

private func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    let needle = Array(text.utf8)
    return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
}
