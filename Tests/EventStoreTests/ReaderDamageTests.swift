import EventStoreTesting
import Testing

@testable import EventStore

private let ledger = "/ledger"

/// A closed simulated ledger of 60 records over several 4 KiB segments.
private func segmentedLedger(seed: UInt64 = 21) throws -> SimulatedFileSystem {
    let disk = SimulatedFileSystem(seed: seed)
    try makeLedger(at: ledger, count: 60, options: testOptions(segmentSizeBytesMax: 4 << 10), fileSystem: disk).close()
    return disk
}

private func truncate(_ disk: SimulatedFileSystem, _ name: String, toSize size: Int) throws {
    let file = try disk.openFile(atPath: ledger + "/" + name, mode: .readWrite)
    try file.truncate(toSize: size)
    try file.synchronizeData()
}

private func expectReadOpenRefused(
    _ disk: SimulatedFileSystem, naming fragment: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = #expect(throws: EventStoreError(.corrupt, ""), sourceLocation: sourceLocation) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    }
    #expect(error?.message.contains(fragment) == true, "\(String(describing: error))", sourceLocation: sourceLocation)
}

@Test(arguments: [0, 1])
func sealedSegmentTruncatedToZeroBytesRefusesReaders(segmentIndex: UInt32) throws {
    let disk = try segmentedLedger()
    let segmentCount = disk.filePaths().filter { $0.hasSuffix(".log") }.count
    #expect(segmentCount == 3)
    try truncate(disk, LedgerPaths.segmentName(segmentIndex), toSize: 0)
    expectReadOpenRefused(disk, naming: "segment \(segmentIndex), offset 0")
    #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    }
}

@Test func tailSegmentTruncatedToZeroBytesRefusesReaders() throws {
    let disk = try segmentedLedger()
    let tail = disk.filePaths().filter { $0.hasSuffix(".log") }.last!
    try truncate(disk, String(tail.split(separator: "/").last!), toSize: 0)
    expectReadOpenRefused(disk, naming: "offset 0")
}

@Test(arguments: [0, 12, 20, 30, 56])
func bitFlipInASealedHeaderRefusesReaders(byteOffset: Int) throws {
    let disk = try segmentedLedger()
    try disk.flipBit(atPath: ledger + "/segment-00000001.log", byteOffset: byteOffset, bit: 2)
    expectReadOpenRefused(disk, naming: "segment 1, offset")
}

@Test(arguments: [0, 8, 16, 40, 56])
func bitFlipInASealedFooterRefusesReaders(byteFromFooterStart: Int) throws {
    let disk = try segmentedLedger()
    let path = ledger + "/segment-00000001.log"
    let footerOffset = disk.currentContents(atPath: path)!.count - SegmentFooter.sizeBytes
    try disk.flipBit(atPath: path, byteOffset: footerOffset + byteFromFooterStart, bit: 5)
    expectReadOpenRefused(disk, naming: "segment 1, offset \(footerOffset)")
}

@Test func readerThatSawTheLedgerRefusesARefreshAfterDamage() throws {
    let disk = try segmentedLedger()
    let reader = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    try truncate(disk, LedgerPaths.segmentName(1), toSize: 0)
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.refresh() }
}

@Test func readerDuringTheFirstGroupOfAFreshLedgerSeesNoRecord() throws {
    let disk = SimulatedFileSystem(seed: 8)
    let hooked = HookedFileSystem(base: disk)
    let store = try EventStore.create(directory: ledger, fileSystem: hooked, options: testOptions())
    let seen = ManagedCount()
    hooked.before(.synchronizeData, pathSuffix: ".log") {
        let reader = try? EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
        seen.set(reader.map { Int($0.info.recordCount) } ?? -1)
    }
    _ = try store.append(stream: "a", expectedVersion: .noStream, events: (0..<5).map { sampleEvent($0) })
    #expect(seen.value == 0)
}

@Test func recordsOfAGroupWhoseSyncFailedAreInvisibleToReaders() throws {
    let disk = SimulatedFileSystem(seed: 9)
    let store = try EventStore.create(directory: ledger, fileSystem: disk, options: testOptions())
    disk.failCall(number: 0, of: .operation(.synchronizeData), code: .noSpace)
    #expect(throws: EventStoreError(.io, "")) {
        try store.append(stream: "a", expectedVersion: .noStream, events: (0..<5).map { sampleEvent($0) })
    }
    let reader = try EventStore.open(directory: ledger, fileSystem: disk, mode: .readOnly, options: testOptions())
    #expect(reader.info.recordCount == 0)
    #expect(try reader.read(fromPosition: 0, limit: 10).isEmpty)
}

@Test func deletedManifestWithSegmentsIsDamageNotAMissingLedger() throws {
    let disk = try segmentedLedger()
    try disk.removeFile(atPath: ledger + "/MANIFEST")
    expectReadOpenRefused(disk, naming: "MANIFEST is missing")
    let inspected = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    #expect(inspected.openDiagnosis?.description.hasPrefix("MANIFEST") == true)
    #expect(try inspected.verify().firstFailure != nil)
}

@Test(arguments: [0, 13, 16, 40])
func damagedManifestIsAFindingForInspection(byteOffset: Int) throws {
    let disk = try segmentedLedger()
    try disk.flipBit(atPath: ledger + "/MANIFEST", byteOffset: byteOffset, bit: 1)
    expectReadOpenRefused(disk, naming: "MANIFEST")
    let inspected = try EventStore.openForInspection(directory: ledger, fileSystem: disk, options: testOptions())
    let failure = try #require(try inspected.verify().firstFailure ?? inspected.openDiagnosis)
    #expect(failure.segmentIndex == nil)
    #expect(failure.description.hasPrefix("MANIFEST, offset 0"))
}

/// A count set from another thread.
private final class ManagedCount: Sendable {
    private let lock = ConditionLock<Int?>(nil)
    func set(_ value: Int) { lock.withLock { $0 = value } }
    var value: Int? { lock.withLockedValue { $0 } }
}

@Test func tailCutAtARecordBoundaryBelowTheAcknowledgedCountRefusesEveryOpen() throws {
    let disk = SimulatedFileSystem(seed: 12)
    let store = try makeLedger(at: ledger, count: 5, fileSystem: disk)
    let cut = try store.withOpenState { state in state.index.location(of: 3)!.offset }
    try store.close()
    try truncate(disk, LedgerPaths.segmentName(0), toSize: cut)
    expectReadOpenRefused(disk, naming: "segment 0, offset \(cut), position 3: the log ends here")
    let error = #expect(throws: EventStoreError(.corrupt, "")) {
        try EventStore.open(directory: ledger, fileSystem: disk, mode: .readWrite, options: testOptions())
    }
    #expect(error?.message.contains("names 5 acknowledged records") == true)
}
