import EventStoreTesting
import Foundation
import Testing

@testable import EventStore

/// Appends `count` events to a writer, as `makeLedger` does, numbering them from `first`.
private func appendEvents(_ writer: EventStore, from first: Int, count: Int) throws {
    for number in first..<(first + count) {
        _ = try writer.append(stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number)])
    }
}

/// A reader opened after 3 appends sees only those until it refreshes, then everything the writer committed.
private func expectRefreshCatchesUp(fileSystem: any FileSystem, directory: String, laterAppendCount: Int) throws {
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let writer = try makeLedger(at: directory, count: 3, options: options, fileSystem: fileSystem)
    let reader = try EventStore.open(directory: directory, fileSystem: fileSystem, mode: .readOnly, options: options)
    try appendEvents(writer, from: 3, count: laterAppendCount)
    #expect(reader.info.recordCount == 3)
    #expect(throws: EventStoreError(.notFound, "")) { try reader.record(at: 3) }
    try reader.refresh()
    #expect(reader.info == writer.info)
    #expect(reader.openDiagnosis == nil)
    let seen = try reader.read(fromPosition: 0, limit: Int.max)
    #expect(seen == (try writer.read(fromPosition: 0, limit: Int.max)))
    #expect(try reader.verify() == (try writer.verify()))
    try writer.close()
}

@Test(arguments: [0, 1, 40])
func refreshExtendsAReadOnlyStoreOnTheSimulatedDisk(laterAppendCount: Int) throws {
    try expectRefreshCatchesUp(
        fileSystem: SimulatedFileSystem(seed: 21), directory: "/ledger", laterAppendCount: laterAppendCount)
}

@Test(.temporaryLedgers, arguments: [0, 1, 40])
func refreshExtendsAReadOnlyStoreOnPOSIX(laterAppendCount: Int) throws {
    try expectRefreshCatchesUp(
        fileSystem: POSIXFileSystem(), directory: temporaryLedgerPath(), laterAppendCount: laterAppendCount)
}

@Test func refreshOfAWriterChangesNothing() throws {
    let writer = try makeLedger(at: "/ledger", count: 4, fileSystem: SimulatedFileSystem(seed: 22))
    let before = writer.info
    try writer.refresh()
    #expect(writer.info == before)
}

@Test func refreshRefusesALedgerThatNoLongerExtendsWhatWasSeen() throws {
    let disk = SimulatedFileSystem(seed: 23)
    let writer = try makeLedger(at: "/ledger", count: 3, fileSystem: disk)
    let reader = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    try writer.close()
    for path in disk.filePaths() where path.hasPrefix("/ledger/") { try disk.removeFile(atPath: path) }
    let replacement = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
    try appendEvents(replacement, from: 100, count: 5)
    let before = reader.info
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.refresh() }
    #expect(reader.info == before)
}

@Test func refreshOfAClosedStoreIsRefused() throws {
    let disk = SimulatedFileSystem(seed: 24)
    _ = try makeLedger(at: "/ledger", count: 1, fileSystem: disk)
    let reader = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    try reader.close()
    #expect(throws: EventStoreError(.readOnly, "")) { try reader.refresh() }
}
