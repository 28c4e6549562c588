import EventStoreTesting
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// Fields of record `position` in stream "s", with or without the end-of-batch flag.
private func fields(_ position: UInt64, endsBatch: Bool) -> RecordFields {
    RecordFields(
        kind: .event, position: position, streamVersion: position,
        ledgerTimestampNanoseconds: 1_700_000_000_000_000_000 + Int64(position), schemaVersion: 1, stream: "s",
        type: "t", sourceID: nil, metadata: [], payload: [UInt8](repeating: UInt8(position & 0xFF), count: 300),
        endsBatch: endsBatch)
}

@Test func verifyFlagsASealedSegmentThatDoesNotEndOnABatchBoundary() throws {
    let disk = SimulatedFileSystem(seed: 8)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let writerStore = try EventStore.create(directory: ledger, fileSystem: disk, options: options)
    let writer = try #require(writerStore.writer)
    var chainHead = ChainHash.genesis
    let recordCount: UInt64 = 20  // 20 records of ~380 bytes: segment 0 seals after about 10
    for position in 0..<recordCount {
        let encoded = RecordEncoder.encode(
            fields(position, endsBatch: position == recordCount - 1), previousChainHash: chainHead)
        _ = try writer.stage(batch: [encoded])
        chainHead = encoded.chainHash
    }
    try writer.commit()
    let reader = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: options)
    let failure = try #require(try reader.verify().firstFailure)
    #expect(failure.segmentIndex == 0)
    #expect(failure.what.contains("does not end on a batch boundary"))
}

@Test func verifyAcceptsTheRecoveryRecordOfARealTornTail() throws {
    let disk = SimulatedFileSystem(seed: 9)
    let store = try makeLedger(at: ledger, count: 4, fileSystem: disk)
    let end = try store.withOpenState { state in state.segments.last!.recordsEndOffset }
    try store.close()
    try disk.removeFile(atPath: ledger + "/HEAD")
    try disk.openFile(atPath: ledger + "/segment-00000000.log", mode: .readWrite).write([7, 7, 7], atOffset: end)
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(try reopened.record(at: 4).kind == .recovery)
    try expectIntact(reopened)
}

/// Recovery records that no real cut could have produced, for a ledger whose tail is segment 0.
private let inconsistentCuts: [(RecoveryDescription, String)] = [
    (
        RecoveryDescription(segmentIndex: 0, offset: 64, droppedSizeBytes: 10, droppedHash: ChainHash.genesis),
        "not where"
    ),
    (
        RecoveryDescription(segmentIndex: 0, offset: 0, droppedSizeBytes: 10, droppedHash: ChainHash.genesis),
        "impossible"
    ),
    (
        RecoveryDescription(segmentIndex: 0, offset: 64, droppedSizeBytes: 0, droppedHash: ChainHash.genesis),
        "impossible"
    ),
    (
        RecoveryDescription(segmentIndex: 0, offset: UInt64.max, droppedSizeBytes: 2, droppedHash: ChainHash.genesis),
        "impossible"
    ),
    (
        RecoveryDescription(segmentIndex: 3, offset: 64, droppedSizeBytes: 10, droppedHash: ChainHash.genesis),
        "segment 3"
    ),
]

@Test(arguments: inconsistentCuts)
func verifyFlagsARecoveryRecordInconsistentWithTheSegments(cut: RecoveryDescription, reason: String) throws {
    let store = try makeLedger(at: ledger, count: 3, fileSystem: SimulatedFileSystem(seed: 10))
    try store.appendRecoveryRecord(cut)
    let failure = try #require(try store.verify().firstFailure)
    #expect(failure.position == 3)
    #expect(failure.what.contains(reason))
}

@Test func verifyAcceptsARecoveryRecordWrittenWhereTheCutWas() throws {
    let store = try makeLedger(at: ledger, count: 3, fileSystem: SimulatedFileSystem(seed: 10))
    let end = try store.withOpenState { state in state.segments.last!.recordsEndOffset }
    try store.appendRecoveryRecord(
        RecoveryDescription(segmentIndex: 0, offset: UInt64(end), droppedSizeBytes: 5, droppedHash: ChainHash.genesis))
    try expectIntact(store)
}
