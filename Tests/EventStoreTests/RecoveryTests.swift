import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// A simulated ledger with `count` records, closed cleanly; returns the disk and the last record's frame.
private func closedLedger(count: Int, segmentSizeBytesMax: Int = 64 << 10) throws -> (
    SimulatedFileSystem, (segmentIndex: UInt32, offset: Int), Int
) {
    let disk = SimulatedFileSystem(seed: 11)
    let store = try makeLedger(
        at: ledger, count: count, options: testOptions(segmentSizeBytesMax: segmentSizeBytesMax), fileSystem: disk)
    let last = try store.withOpenState { state in state.index.location(of: state.index.recordCount - 1)! }
    let end = try store.withOpenState { state in state.segments.last!.recordsEndOffset }
    try store.close()
    return (disk, last, end - last.offset)
}

private func truncate(_ disk: SimulatedFileSystem, _ path: String, toSize size: Int) throws {
    let file = try disk.openFile(atPath: path, mode: .readWrite)
    try file.truncate(toSize: size)
    try file.synchronizeData()
}

/// The last sample record's frame: 12 header + 44 fixed + "s1" + "test.event" + "m4" + 40 payload + 2 hashes.
private let lastFrameSizeBytes = 174

/// Removes the durable evidence that the last append was acknowledged, as a crash before HEAD and the
/// checkpoint were written would.
private func forgetAcknowledgements(_ disk: SimulatedFileSystem) throws {
    try disk.removeFile(atPath: ledger + "/HEAD")
    try disk.removeFile(atPath: ledger + "/INDEX")
}

@Test(arguments: 1..<lastFrameSizeBytes)
func tornLastRecordIsTruncatedAndLogged(cutSizeBytes: Int) throws {
    let (disk, last, frameSize) = try closedLedger(count: 5)
    #expect(frameSize == lastFrameSizeBytes)
    try forgetAcknowledgements(disk)
    let segment = ledger + "/" + LedgerPaths.segmentName(last.segmentIndex)
    try truncate(disk, segment, toSize: last.offset + cutSizeBytes)
    let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(store.info.recordCount == 5)
    let records = try store.read(fromPosition: 0, limit: 10)
    #expect(records.map(\.position) == [0, 1, 2, 3, 4])
    #expect(records[0..<4].allSatisfy { $0.kind == .event })
    let recovery = records[4]
    #expect(recovery.kind == .recovery && recovery.stream == RecordKind.recoveryStream)
    let description = try RecoveryDescription(payload: recovery.payload)
    #expect(description.segmentIndex == last.segmentIndex && description.offset == UInt64(last.offset))
    #expect(description.droppedSizeBytes == UInt64(cutSizeBytes))
    try expectIntact(store)
}

@Test(arguments: [1, 4, 12, 100, lastFrameSizeBytes - 1])
func truncatedAcknowledgedLastRecordRefusesWriteOpen(cutSizeBytes: Int) throws {
    let (disk, last, _) = try closedLedger(count: 5)
    let segment = ledger + "/" + LedgerPaths.segmentName(last.segmentIndex)
    try truncate(disk, segment, toSize: last.offset + cutSizeBytes)
    #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    }
    #expect(disk.currentContents(atPath: segment)!.count == last.offset + cutSizeBytes)
}

@Test func cleanTailNeedsNoRecoveryRecord() throws {
    let (disk, _, _) = try closedLedger(count: 5)
    let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(store.info.recordCount == 5)
    #expect(try store.readStream(RecordKind.recoveryStream).isEmpty)
}

@Test func garbageAfterTheLastRecordIsDroppedWithItsHash() throws {
    let (disk, last, frameSize) = try closedLedger(count: 3)
    let segment = ledger + "/" + LedgerPaths.segmentName(last.segmentIndex)
    let garbage: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    try disk.openFile(atPath: segment, mode: .readWrite).write(garbage, atOffset: last.offset + frameSize)
    let store = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    let description = try RecoveryDescription(payload: store.record(at: 3).payload)
    #expect(description.droppedHash == SHA256.hash(garbage))
    #expect(description.droppedSizeBytes == 9)
}

@Test func bitFlipInASealedRecordRefusesWriteOpenWithItsLocation() throws {
    let (disk, _, _) = try closedLedger(count: 60, segmentSizeBytesMax: 4 << 10)
    try disk.removeFile(atPath: ledger + "/INDEX")
    let flipOffset = SegmentHeader.sizeBytes + 200
    try disk.flipBit(atPath: ledger + "/segment-00000001.log", byteOffset: flipOffset, bit: 3)
    do {
        _ = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
        Issue.record("write open of a corrupt ledger succeeded")
    } catch {
        #expect(error.code == .corrupt)
        #expect(error.message.contains("segment 1, offset"))
    }
    #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    }
    let reader = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    #expect(reader.openDiagnosis?.segmentIndex == 1)
    #expect(reader.info.recordCount > 0)
    let report = try reader.verify()
    #expect(report.firstFailure?.segmentIndex == 1)
    #expect(report.firstFailure!.offset <= UInt64(flipOffset))
}

@Test func bitFlipInASealedFooterRefusesWriteOpenEvenWithACheckpoint() throws {
    let (disk, _, _) = try closedLedger(count: 60, segmentSizeBytesMax: 4 << 10)
    let path = ledger + "/segment-00000000.log"
    let size = disk.currentContents(atPath: path)!.count
    try disk.flipBit(atPath: path, byteOffset: size - 20, bit: 0)
    #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    }
    let error = #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    }
    #expect(error?.message.contains("segment 0, offset \(size - 64)") == true)
    let reader = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    #expect(reader.openDiagnosis?.segmentIndex == 0)
}

@Test func verifyNamesTheFirstFailureWithoutOpeningAgain() throws {
    let disk = SimulatedFileSystem(seed: 3)
    let store = try makeLedger(
        at: ledger, count: 20, options: testOptions(segmentSizeBytesMax: 4 << 10), fileSystem: disk)
    let target = try store.withOpenState { state in state.index.location(of: 7)! }
    try disk.flipBit(
        atPath: ledger + "/" + LedgerPaths.segmentName(target.segmentIndex), byteOffset: target.offset + 60, bit: 1)
    let report = try store.verify()
    #expect(report.recordsChecked == 7)
    #expect(
        report.firstFailure
            == VerifyFailure(
                segmentIndex: target.segmentIndex, offset: UInt64(target.offset), position: 7,
                what: report.firstFailure!.what))
    #expect(report.firstFailure!.what.contains("CRC"))
    #expect(throws: EventStoreError(.corrupt, "")) { try store.record(at: 7) }
}
