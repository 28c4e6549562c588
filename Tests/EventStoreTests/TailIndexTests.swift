import EventStoreTesting
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// The indexes of `store` equal those a fresh write-open rebuilds by scanning the whole log (a copy of the
/// disk without the checkpoint files).
func expectIndexMatchesRebuild(
    _ store: EventStore, disk: SimulatedFileSystem, options: EventStoreOptions,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let index = try store.withOpenState { state in state.index }
    let copy = SimulatedFileSystem(seed: 0)
    for path in disk.filePaths() where !path.hasSuffix("INDEX") && !path.hasSuffix("INDEX-TAIL") {
        if !copy.fileExists(atPath: ledger) { try copy.createDirectory(atPath: ledger) }
        try put(try #require(disk.currentContents(atPath: path)), atPath: path, on: copy)
    }
    // A write-open: a reader would stop at HEAD, which a crash may leave behind the durable records.
    let rebuilt = try EventStore.open(directory: ledger, fileSystem: copy, mode: .readWrite, options: options)
    let expected = try rebuilt.withOpenState { state in state.index }
    #expect(index.locations == expected.locations, sourceLocation: sourceLocation)
    #expect(index.streams == expected.streams, sourceLocation: sourceLocation)
    #expect(try index.allSources() == expected.allSources(), sourceLocation: sourceLocation)
    #expect(index.chainHead == expected.chainHead, sourceLocation: sourceLocation)
}

/// Replaces (or creates) the file at `path` with `bytes`, durably.
private func put(_ bytes: [UInt8], atPath path: String, on disk: any FileSystem) throws {
    if disk.fileExists(atPath: path) { try disk.removeFile(atPath: path) }
    let file = try disk.openFile(atPath: path, mode: .createNew)
    try file.write(bytes, atOffset: 0)
    try file.synchronizeData()
}

/// Appends `count` single-event batches with source ids to streams t0...t4, numbered from `first`.
private func appendTagged(_ store: EventStore, first: Int, count: Int) throws {
    for number in first..<(first + count) {
        _ = try store.append(
            stream: "t\(number % 5)", expectedVersion: .any, events: [sampleEvent(number, sourceID: "src-\(number)")])
    }
}

@Test func tailIndexRoundTrips() throws {
    let journal = IndexJournal(
        baseRecordCount: 7, baseChainHead: [UInt8](repeating: 3, count: 32),
        entries: [
            .init(location: 1 << 32 | 64, streamVersion: 0, stream: "a", sourceID: nil),
            .init(location: 1 << 32 | 300, streamVersion: 4, stream: "stream-b", sourceID: "source-9"),
        ])
    let tail = TailIndex(journal: journal, chainHead: [UInt8](repeating: 9, count: 32))
    #expect(try TailIndex(decoding: tail.encoded) == tail)
    #expect(tail.recordCount == 9)
}

@Test(arguments: 0..<8)
func tailIndexWithAnyFlippedBitIsRefused(bit: Int) throws {
    let journal = IndexJournal(
        baseRecordCount: 0, baseChainHead: ChainHash.genesis,
        entries: [.init(location: 64, streamVersion: 0, stream: "a", sourceID: "s")])
    let encoded = TailIndex(journal: journal, chainHead: [UInt8](repeating: 1, count: 32)).encoded
    for byteOffset in stride(from: bit, to: encoded.count, by: 8) {
        var damaged = encoded
        damaged[byteOffset] ^= UInt8(1 << bit)
        #expect(throws: EventStoreError.self) { try TailIndex(decoding: damaged) }
    }
}

@Test func closeWritesATailIndexAndReopenDoesNotRescanTheTail() throws {
    let disk = SimulatedFileSystem(seed: 1)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: options)
    try appendTagged(store, first: 0, count: 40)
    let info = store.info
    #expect(info.segmentCount > 1)
    try store.close()
    let tail = try TailIndex(decoding: try #require(disk.currentContents(atPath: ledger + "/INDEX-TAIL")))
    let checkpoint = try IndexCheckpoint.decode(try #require(disk.currentContents(atPath: ledger + "/INDEX")))
    #expect(tail.journal.baseRecordCount == checkpoint.recordCount)
    #expect(tail.recordCount == info.recordCount)
    let readsBefore = disk.counters.callCount(of: .read)
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    #expect(reopened.indexOrigin == .checkpoint(recordCount: info.recordCount))
    #expect(reopened.info == info)
    #expect(disk.counters.callCount(of: .read) - readsBefore < 12, "the open read more than its control files")
    try expectIndexMatchesRebuild(reopened, disk: disk, options: options)
    try appendTagged(reopened, first: 40, count: 3)
    #expect(try reopened.record(withSourceID: "src-12")?.position == 12)
    try expectIntact(reopened)
}

@Test func tailIndexOnAnotherBaseIsIgnored() throws {
    let disk = SimulatedFileSystem(seed: 2)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: options)
    try appendTagged(store, first: 0, count: 40)
    try store.close()
    let staleTail = try #require(disk.currentContents(atPath: ledger + "/INDEX-TAIL"))
    let writer = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    try appendTagged(writer, first: 40, count: 40)  // seals at least once: INDEX moves on
    try writer.close()
    try put(staleTail, atPath: ledger + "/INDEX-TAIL", on: disk)
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    let checkpoint = try IndexCheckpoint.decode(try #require(disk.currentContents(atPath: ledger + "/INDEX")))
    #expect(reopened.indexOrigin == .checkpoint(recordCount: checkpoint.recordCount))
    #expect(reopened.info.recordCount == 80)
    try expectIndexMatchesRebuild(reopened, disk: disk, options: options)
}

@Test func tailIndexWhoseLastRecordTheLogDoesNotHoldIsIgnored() throws {
    let disk = SimulatedFileSystem(seed: 3)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: options)
    try appendTagged(store, first: 0, count: 40)
    try store.close()
    let tail = try TailIndex(decoding: try #require(disk.currentContents(atPath: ledger + "/INDEX-TAIL")))
    let forged = TailIndex(journal: tail.journal, chainHead: [UInt8](repeating: 7, count: 32))
    try put(forged.encoded, atPath: ledger + "/INDEX-TAIL", on: disk)
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    #expect(reopened.indexOrigin == .checkpoint(recordCount: tail.journal.baseRecordCount))
    #expect(reopened.info.recordCount == 40)
    try expectIndexMatchesRebuild(reopened, disk: disk, options: options)
}

@Test func closeWithoutACheckpointToExtendWritesAWholeCheckpoint() throws {
    let disk = SimulatedFileSystem(seed: 4)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: testOptions())
    try appendTagged(store, first: 0, count: 6)
    try store.close()
    #expect(disk.currentContents(atPath: ledger + "/INDEX-TAIL") == nil)
    let checkpoint = try IndexCheckpoint.decode(try #require(disk.currentContents(atPath: ledger + "/INDEX")))
    #expect(checkpoint.recordCount == 6)
}

/// The mutating calls a fault-free close makes after appends to a ledger with a checkpoint and a tail index.
private let closeSweepMutatingCallCount: Int = {
    let (disk, store, _) = try! ledgerReadyToClose(seed: 0)
    let before = disk.counters.mutatingCallCount
    try! store.close()
    return disk.counters.mutatingCallCount - before
}()

/// A ledger over 4 KiB segments, closed once (INDEX and INDEX-TAIL on disk), reopened, with 7 more appends.
private func ledgerReadyToClose(seed: UInt64) throws -> (SimulatedFileSystem, EventStore, EventStoreOptions) {
    let disk = SimulatedFileSystem(seed: seed, crashMode: seed % 3 == 0 ? .sectorsInAnyOrder : .orderedPrefix)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: options)
    try appendTagged(store, first: 0, count: 30)
    try store.close()
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    try appendTagged(reopened, first: 30, count: 7)
    return (disk, reopened, options)
}

@Test func closeSweepCoversTheTailIndexWrite() {
    #expect(closeSweepMutatingCallCount >= 4)  // create temporary, write, sync, rename, directory sync
}

/// Fails each mutating call of a close's tail-index write in turn (tearing odd ones), crashes, reopens:
/// every acknowledged record is there, and the indexes equal a full rebuild from the log.
@Test(arguments: 0..<closeSweepMutatingCallCount)
func crashAtAnyCallOfATailIndexWriteKeepsTheIndexesRight(failingCall: Int) throws {
    let (disk, store, options) = try ledgerReadyToClose(seed: UInt64(failingCall))
    disk.failCall(number: failingCall, tearsWrite: failingCall % 2 == 1)
    #expect(throws: EventStoreError.self) { try store.close() }
    #expect(disk.counters.faultFiredCount == 1)
    disk.crash()
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    #expect(reopened.info.recordCount == 37)
    try expectIndexMatchesRebuild(reopened, disk: disk, options: options)
    try expectIntact(reopened)
    try appendTagged(reopened, first: 37, count: 2)
    try reopened.close()
    let again = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: options)
    #expect(again.info.recordCount == 39)
    try expectIndexMatchesRebuild(again, disk: disk, options: options)
}

/// Crashes after a close at every mutating call of the appends that follow a reopen (seals and checkpoint
/// writes included): the indexes rebuilt from INDEX, a stale INDEX-TAIL and the log are right.
@Test(arguments: 0..<12)
func crashAfterReopenKeepsTheIndexesRight(failingCall: Int) throws {
    let (disk, store, options) = try ledgerReadyToClose(seed: UInt64(100 + failingCall))
    disk.failCall(number: failingCall, tearsWrite: failingCall % 2 == 1)
    try? appendTagged(store, first: 37, count: 20)
    disk.crash()
    let reopened = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: options)
    #expect(reopened.info.recordCount >= 37)
    try expectIndexMatchesRebuild(reopened, disk: disk, options: options)
    try expectIntact(reopened)
}
