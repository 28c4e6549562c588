import EventStoreTesting
import Foundation
import Testing

@testable import EventStore

@Test(.temporaryLedgers) func secondWriterIsLockedOutButReadersAreNot() throws {
    let path = temporaryLedgerPath()
    let writer = try makeLedger(at: path, count: 2)
    #expect(throws: EventStoreError(.locked, "")) { try EventStore.open(directory: path, mode: .readWrite) }
    let reader = try EventStore.open(directory: path, mode: .readOnly)
    #expect(reader.info.recordCount == 2)
    #expect(throws: EventStoreError(.readOnly, "")) {
        try reader.append(stream: "s", expectedVersion: .any, events: [sampleEvent(1)])
    }
    try writer.close()
    #expect(try EventStore.open(directory: path, mode: .readWrite).info.recordCount == 2)
}

@Test(.temporaryLedgers) func failedSyncStopsAllFurtherAppendsUntilReopen() throws {
    let path = temporaryLedgerPath()
    let disk = SyncCountingFileSystem(base: POSIXFileSystem())
    let store = try makeLedger(at: path, count: 2, fileSystem: disk)
    disk.failDataSync(afterCount: 1)
    #expect(throws: EventStoreError(.io, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(9)])
    }
    #expect(throws: EventStoreError(.failStopped, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(10)])
    }
    #expect(store.info.recordCount == 2)
    try store.close()
    let reopened = try EventStore.open(directory: path, fileSystem: disk, mode: .readWrite, options: testOptions())
    _ = try reopened.append(stream: "s", expectedVersion: .any, events: [sampleEvent(11)])
    try expectIntact(reopened)
}

/// The first appender's sync is held until every other appender is queued behind it, so exactly one
/// more sync (by the next leader) must cover all of them.
@Test(.temporaryLedgers) func concurrentAppendersShareSyncs() throws {
    let disk = SyncCountingFileSystem(base: POSIXFileSystem())
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0, fileSystem: disk)
    let appenderCount = 8
    disk.onNextDataSync {
        while (try? store.withOpenState { state in state.queue.count }) != appenderCount - 1 { usleep(1_000) }
    }
    let before = disk.dataSyncCount
    let finished = DispatchGroup()
    for thread in 0..<appenderCount {
        finished.enter()
        Thread.detachNewThread {
            _ = try? store.append(stream: "t\(thread)", expectedVersion: .noStream, events: [sampleEvent(thread)])
            finished.leave()
        }
    }
    finished.wait()
    #expect(disk.dataSyncCount - before == 2)
    #expect(store.info.recordCount == UInt64(appenderCount))
    for thread in 0..<appenderCount { #expect(try store.version(of: "t\(thread)") == 0) }
    try expectIntact(store)
}

@Test(.temporaryLedgers) func bulkAppendUsesOneSync() throws {
    let disk = SyncCountingFileSystem(base: POSIXFileSystem())
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0, fileSystem: disk)
    let before = disk.dataSyncCount
    let batches = (0..<50).map {
        AppendBatch(stream: "b\($0)", expectedVersion: .noStream, events: [sampleEvent($0), sampleEvent($0 + 1)])
    }
    let receipts = try store.appendBatches(batches)
    #expect(disk.dataSyncCount - before == 1)
    #expect(receipts.last?.lastPosition == 99)
}

@Test(.temporaryLedgers) func checkpointedIndexIsReloadedWithoutRescanning() throws {
    let path = temporaryLedgerPath()
    let store = try makeLedger(at: path, count: 40, options: testOptions(segmentSizeBytesMax: 4 << 10))
    let info = store.info
    try store.close()
    let reopened = try EventStore.open(
        directory: path, mode: .readWrite, options: testOptions(segmentSizeBytesMax: 4 << 10))
    #expect(reopened.indexOrigin == .checkpoint(recordCount: 40))
    #expect(reopened.info == info)
    #expect(try reopened.readStream("s2").count == 13)
}

@Test(.temporaryLedgers) func tamperedCheckpointIsRejectedAndRebuilt() throws {
    let path = temporaryLedgerPath()
    try makeLedger(at: path, count: 10).close()
    var bytes = fileBytes(path + "/INDEX")
    bytes[70] ^= 0x01
    writeFileBytes(bytes, to: path + "/INDEX")
    let reopened = try EventStore.open(directory: path, mode: .readWrite, options: testOptions())
    guard case .rebuilt(let reason) = reopened.indexOrigin else {
        Issue.record("tampered checkpoint was accepted")
        return
    }
    #expect(reason.contains("hash"))
    #expect(reopened.info.recordCount == 10)
    #expect(try reopened.readStream("s0").count == 4)
}

@Test(.temporaryLedgers) func checkpointForAnotherChainIsRejected() throws {
    let first = temporaryLedgerPath()
    let second = temporaryLedgerPath()
    try makeLedger(at: first, count: 5).close()
    let other = try EventStore.create(directory: second, options: testOptions())
    for number in 0..<5 { _ = try other.append(stream: "x", expectedVersion: .any, events: [sampleEvent(number + 50)]) }
    try other.close()
    writeFileBytes(fileBytes(first + "/INDEX"), to: second + "/INDEX")
    let reopened = try EventStore.open(directory: second, mode: .readWrite, options: testOptions())
    #expect(reopened.indexOrigin != .checkpoint(recordCount: 5))
    #expect(try reopened.version(of: "x") == 4)
}

@Test func readOnlyOpenSeesOnlyWhatHEADCallsDurable() throws {
    let disk = SimulatedFileSystem(seed: 5)
    let store = try makeLedger(at: "/ledger", count: 4, options: testOptions(), fileSystem: disk)
    let end = try store.withOpenState { state in state.segments.last!.recordsEndOffset }
    let unacknowledged = RecordEncoder.encode(
        RecordFields(
            kind: .event, position: 4, streamVersion: 0, ledgerTimestampNanoseconds: 0, schemaVersion: 1, stream: "z",
            type: "t", sourceID: nil, metadata: [], payload: [], endsBatch: true),
        previousChainHash: store.info.chainHead)
    try disk.openFile(atPath: "/ledger/segment-00000000.log", mode: .readWrite).write(
        unacknowledged.frame, atOffset: end)
    let reader = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    #expect(reader.info.recordCount == 4)
}
