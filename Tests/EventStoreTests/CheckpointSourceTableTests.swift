import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

/// A closed ledger of 12 events with source ids (its INDEX written at close) whose INDEX has the last source
/// entry's position replaced by `position` and its SHA-256 recomputed, as a writer bug or a forger would.
private func ledgerWithForgedSourceTable(position: UInt64, seed: UInt64) throws -> SimulatedFileSystem {
    let disk = SimulatedFileSystem(seed: seed)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
    for number in 0..<12 {
        _ = try store.append(
            stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number, sourceID: "id-\(number)")])
    }
    try store.close()
    var bytes = try #require(disk.currentContents(atPath: "/ledger/INDEX"))
    let contentCount = bytes.count - SHA256.digestSizeBytes
    for byteIndex in 0..<8 {
        bytes[contentCount - 8 + byteIndex] = UInt8(truncatingIfNeeded: position >> UInt64(8 * byteIndex))
    }
    bytes.replaceSubrange(contentCount..., with: SHA256.hash(Array(bytes[0..<contentCount])))
    try disk.removeFile(atPath: "/ledger/INDEX")
    let file = try disk.openFile(atPath: "/ledger/INDEX", mode: .createNew)
    try file.write(bytes, atOffset: 0)
    try file.synchronizeData()
    return disk
}

@Test func aReadOnlyOpenServesStreamsWithoutDecodingTheSourceTableAndItsDamageIsCorruptOnLookup() throws {
    let disk = try ledgerWithForgedSourceTable(position: 1 << 40, seed: 1)
    let reader = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    #expect(reader.indexOrigin == .checkpoint(recordCount: 12))
    #expect(try reader.readStream("s1").count == 4)
    // "id-9" sorts last: its entry is the forged one. Scanned lookups check the entry they find.
    #expect(try reader.record(withSourceID: "id-4")?.position == 4)
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.record(withSourceID: "id-9") }
    let writer = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(throws: EventStoreError(.corrupt, "")) {
        try writer.append(stream: "s0", expectedVersion: .any, events: [sampleEvent(9, sourceID: "id-9")])
    }
    for number in 0..<CheckpointSourceTable.scannedLookupCountMax { _ = try? reader.record(withSourceID: "x\(number)") }
    #expect(throws: EventStoreError(.corrupt, "")) { try reader.record(withSourceID: "id-4") }  // decoded: refused
}

@Test func aSourceTableIsDecodedOnceAndAnswersLookups() throws {
    let disk = SimulatedFileSystem(seed: 2)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
    for number in 0..<5 {
        _ = try store.append(
            stream: "s", expectedVersion: .any, events: [sampleEvent(number, sourceID: "id-\(number)")])
    }
    try store.close()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(try reopened.record(withSourceID: "id-3")?.position == 3)
    #expect(try reopened.record(withSourceID: "id-9") == nil)
    let retry = try reopened.append(stream: "s", expectedVersion: .any, events: [sampleEvent(2, sourceID: "id-2")])
    #expect(retry.firstPosition == 2)
    #expect(throws: EventStoreError(.idempotencyConflict, "")) {
        try reopened.append(stream: "s", expectedVersion: .any, events: [sampleEvent(7, sourceID: "id-2")])
    }
    #expect(reopened.info.recordCount == 5)
}

@Test func lookupsBeforeAndAfterTheTableIsDecodedAgree() throws {
    let disk = SimulatedFileSystem(seed: 3)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
    for number in 0..<20 {
        _ = try store.append(
            stream: "s", expectedVersion: .any, events: [sampleEvent(number, sourceID: "id-\(number)")])
    }
    try store.close()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    let lookupCount = 2 * CheckpointSourceTable.scannedLookupCountMax
    for number in 0..<lookupCount {
        #expect(try reopened.record(withSourceID: "id-\(number)")?.position == UInt64(number))
        #expect(try reopened.record(withSourceID: "missing-\(number)") == nil)
    }
}
