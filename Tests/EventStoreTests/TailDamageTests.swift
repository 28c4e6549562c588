import EventStoreTesting
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// Which durable evidence of acknowledged records is left on disk.
enum Evidence: CaseIterable, Sendable {
    case headAndCheckpoint, headOnly, checkpointOnly, none

    var keepsHead: Bool { self == .headAndCheckpoint || self == .headOnly }
    var keepsCheckpoint: Bool { self == .headAndCheckpoint || self == .checkpointOnly }
}

/// A closed 3-record ledger (all in the open tail segment) with record `damagedIndex`'s payload flipped and
/// only `evidence` left; returns the disk and the damaged frame's offset.
private func ledgerWithDamagedTailRecord(_ damagedIndex: UInt64, evidence: Evidence) throws -> (
    SimulatedFileSystem, Int
) {
    let disk = SimulatedFileSystem(seed: 5)
    let store = try makeLedger(at: ledger, count: 3, fileSystem: disk)
    let location = try store.withOpenState { state in state.index.location(of: damagedIndex)! }
    try store.close()
    if !evidence.keepsHead { try disk.removeFile(atPath: ledger + "/HEAD") }
    if !evidence.keepsCheckpoint {
        for name in ["/INDEX", "/INDEX-TAIL"] where disk.fileExists(atPath: ledger + name) {
            try disk.removeFile(atPath: ledger + name)
        }
    }
    let payloadByteOffset = location.offset + 110
    try disk.flipBit(atPath: ledger + "/segment-00000000.log", byteOffset: payloadByteOffset, bit: 4)
    return (disk, location.offset)
}

/// Damage is a torn tail only for the last record and only when no evidence says it was acknowledged.
private func isTorn(_ damagedIndex: UInt64, _ evidence: Evidence) -> Bool { damagedIndex == 2 && evidence == .none }

/// The index checkpoint covers the damaged record and its last record (position 2) is intact: opens do not read
/// it again (FORMAT.md rule 3), so the damage is found by the reads that reach it and by verify.
private func isCoveredByCheckpoint(_ damagedIndex: UInt64, _ evidence: Evidence) -> Bool {
    damagedIndex < 2 && evidence.keepsCheckpoint
}

/// Reading the damaged record, and a forward read through it, fail with `corrupt` naming it; verify names it.
private func expectDamageFoundByReads(_ store: EventStore, damagedIndex: UInt64, offset: Int) throws {
    let error = #expect(throws: EventStoreError(.corrupt, "")) { try store.record(at: damagedIndex) }
    #expect(error?.message.hasPrefix("segment 0, offset \(offset)") == true)
    #expect(throws: EventStoreError(.corrupt, "")) { try store.read(fromPosition: 0, limit: 10) }
    let failure = try store.verify().firstFailure
    #expect(failure?.offset == UInt64(offset))
    #expect(failure?.position == damagedIndex)
}

@Test(arguments: [UInt64(0), 1, 2], Evidence.allCases)
func damagedAcknowledgedTailRecordRefusesWriteOpen(damagedIndex: UInt64, evidence: Evidence) throws {
    let (disk, offset) = try ledgerWithDamagedTailRecord(damagedIndex, evidence: evidence)
    guard !isTorn(damagedIndex, evidence) else { return }
    if isCoveredByCheckpoint(damagedIndex, evidence) {
        let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
        return try expectDamageFoundByReads(store, damagedIndex: damagedIndex, offset: offset)
    }
    let segmentBefore = disk.currentContents(atPath: ledger + "/segment-00000000.log")
    do {
        let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
        _ = try store.append(stream: "after", expectedVersion: .any, events: [sampleEvent(9)])
        Issue.record("write open over damaged record \(damagedIndex) succeeded")
    } catch {
        #expect(error.code == .corrupt)
        #expect(error.message.hasPrefix("segment 0, offset \(offset), position \(damagedIndex): CRC mismatch"))
        #expect(error.message.contains("not a torn tail"))
    }
    #expect(disk.currentContents(atPath: ledger + "/segment-00000000.log") == segmentBefore)
}

@Test(arguments: [UInt64(0), 1, 2], Evidence.allCases)
func damagedTailRecordIsDiagnosedByInspection(damagedIndex: UInt64, evidence: Evidence) throws {
    let (disk, offset) = try ledgerWithDamagedTailRecord(damagedIndex, evidence: evidence)
    let reader = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    #expect(
        reader.openDiagnosis
            == VerifyFailure(segmentIndex: 0, offset: UInt64(offset), position: damagedIndex, what: "CRC mismatch")
            || reader.openDiagnosis?.what.hasPrefix("CRC mismatch; not a torn tail") == true)
    #expect(reader.openDiagnosis?.offset == UInt64(offset))
    #expect(reader.openDiagnosis?.position == damagedIndex)
    #expect(try reader.read(fromPosition: 0, limit: Int(damagedIndex)).count == Int(damagedIndex))
    #expect(reader.info.recordCount == damagedIndex)
    guard evidence != .none else { return }
    for position in damagedIndex..<3 {
        let error = #expect(throws: EventStoreError(.corrupt, "")) { try reader.record(at: position) }
        #expect(error?.message.hasPrefix("segment 0, offset \(offset), position \(damagedIndex): CRC mismatch") == true)
    }
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.read(fromPosition: 0, limit: 10) }
}

@Test func damagedLastRecordWithoutEvidenceIsTruncatedAsTorn() throws {
    let (disk, offset) = try ledgerWithDamagedTailRecord(2, evidence: .none)
    let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    let description = try RecoveryDescription(payload: store.record(at: 2).payload)
    #expect(description.offset == UInt64(offset))
    try expectIntact(store)
}

@Test(arguments: [UInt64(0), 1, 2], Evidence.allCases)
func damagedTailRecordRefusesReadOpenUnlessTorn(damagedIndex: UInt64, evidence: Evidence) throws {
    let (disk, offset) = try ledgerWithDamagedTailRecord(damagedIndex, evidence: evidence)
    guard !isTorn(damagedIndex, evidence) else {
        let reader = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
        #expect(reader.info.recordCount == 2)
        return
    }
    if isCoveredByCheckpoint(damagedIndex, evidence) {
        let reader = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
        return try expectDamageFoundByReads(reader, damagedIndex: damagedIndex, offset: offset)
    }
    let error = #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    }
    #expect(error?.message.contains("segment 0, offset \(offset), position \(damagedIndex): CRC mismatch") == true)
}

@Test func acknowledgedDamagedLastRecordIsNotHiddenFromInspection() throws {
    let (disk, offset) = try ledgerWithDamagedTailRecord(2, evidence: .headOnly)
    let reader = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    #expect(
        reader.openDiagnosis?.description.hasPrefix("segment 0, offset \(offset), position 2: CRC mismatch") == true)
    #expect(reader.openDiagnosis?.what.contains("HEAD hint names 3 acknowledged records") == true)
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.record(at: 2) }
    var cursor = try reader.events(fromPosition: 0)
    #expect(try cursor.next()?.position == 0)
    #expect(try cursor.next()?.position == 1)
    #expect(throws: EventStoreError(.corrupt, "")) { try cursor.next() }
    #expect(reader.info.recordCount == 2)
}

@Test func frameSearchFindsOnlyAFrameWithAGoodCRCAndALaterPosition() throws {
    let disk = SimulatedFileSystem(seed: 2)
    let store = try makeLedger(at: ledger, count: 3, fileSystem: disk)
    let second = try store.withOpenState { state in state.index.location(of: 1)! }
    let file = try disk.openFile(atPath: ledger + "/segment-00000000.log", mode: .readOnly)
    let end = try file.size()
    #expect(
        try FrameSearch.firstValidFrame(in: file, segmentIndex: 0, after: 64, before: end, positionAbove: 0)
            == second.offset)
    #expect(try FrameSearch.firstValidFrame(in: file, segmentIndex: 0, after: 64, before: end, positionAbove: 2) == nil)
    #expect(
        try FrameSearch.firstValidFrame(in: file, segmentIndex: 0, after: second.offset, before: end, positionAbove: 0)
            != second.offset)
}
