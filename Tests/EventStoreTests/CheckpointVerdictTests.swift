import EventStoreTesting
import Testing

@testable import EventStore

/// Appends events `numbers` to a new ledger on `disk`, as `makeLedger` does, but with chosen numbers.
private func ledger(_ path: String, numbers: [Int], disk: SimulatedFileSystem) throws -> EventStore {
    let store = try EventStore.create(directory: path, fileSystem: disk, options: testOptions())
    for number in numbers {
        _ = try store.append(stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number)])
    }
    return store
}

@Test(arguments: [0, 1, 5, 8])
func aLedgerExtendsEveryEarlierCheckpointOfItself(checkpointSize: Int) throws {
    let disk = SimulatedFileSystem(seed: 3)
    let store = try ledger("/ledger", numbers: Array(0..<checkpointSize), disk: disk)
    let checkpoint = try store.checkpoint(origin: "test/ledger")
    #expect(checkpoint.treeSize == UInt64(checkpointSize))
    for number in checkpointSize..<(checkpointSize + 4) {
        _ = try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(number)])
    }
    let verdict = try store.check(against: checkpoint)
    guard case .extends(let proof) = verdict else {
        Issue.record("expected extends, got \(verdict)")
        return
    }
    #expect(proof.oldSize == UInt64(checkpointSize))
    #expect(proof.newSize == UInt64(checkpointSize + 4))
}

@Test func aDifferentHistoryOfTheSameOrGreaterLengthIsInconsistent() throws {
    let disk = SimulatedFileSystem(seed: 4)
    let original = try ledger("/original", numbers: Array(0..<6), disk: disk)
    let checkpoint = try original.checkpoint(origin: "test/ledger")
    let other = try ledger("/other", numbers: [0, 1, 2, 3, 99, 5, 6, 7], disk: disk)
    let verdict = try other.check(against: checkpoint)
    guard case .inconsistent = verdict else {
        Issue.record("expected inconsistent, got \(verdict)")
        return
    }
}

@Test func aLedgerShorterThanTheCheckpointIsReportedAsShorter() throws {
    let disk = SimulatedFileSystem(seed: 5)
    let checkpoint = try ledger("/original", numbers: Array(0..<6), disk: disk).checkpoint(origin: "test/ledger")
    let verdict = try ledger("/short", numbers: Array(0..<5), disk: disk).check(against: checkpoint)
    #expect(verdict == .shorter(recordCount: 5, checkpointTreeSize: 6))
}

@Test func aCheckpointRootForTheWrongSizeIsInconsistent() throws {
    let disk = SimulatedFileSystem(seed: 6)
    let store = try ledger("/ledger", numbers: Array(0..<6), disk: disk)
    var checkpoint = try store.checkpoint(origin: "test/ledger")
    checkpoint.treeSize = 5  // the root of 6 records claimed for 5
    #expect(!(try store.check(against: checkpoint)).isConsistent)
}

@Test func anEmptyOriginIsRefused() throws {
    let store = try ledger("/ledger", numbers: [0], disk: SimulatedFileSystem(seed: 7))
    #expect(throws: EventStoreError(.invalidArgument, "")) { try store.checkpoint(origin: "") }
    #expect(throws: EventStoreError(.invalidArgument, "")) { try store.checkpoint(origin: "a\nb") }
}

@Test func aConsistencyProofPastTheEndIsNotFound() throws {
    let store = try ledger("/ledger", numbers: [0, 1], disk: SimulatedFileSystem(seed: 8))
    #expect(throws: EventStoreError(.notFound, "")) { try store.consistencyProof(fromTreeSize: 3) }
}

@Test func aDamagedLedgerIsReportedAsDamagedAndNeverCheckpointed() throws {
    let disk = SimulatedFileSystem(seed: 9)
    let store = try ledger("/ledger", numbers: Array(0..<4), disk: disk)
    let checkpoint = try store.checkpoint(origin: "test/ledger")
    let file = try disk.openFile(atPath: "/ledger/segment-00000000.log", mode: .readWrite)
    var byte = try file.read(atOffset: 100, count: 1)
    byte[0] ^= 0x40
    try file.write(byte, atOffset: 100)
    guard case .damaged = try store.check(against: checkpoint) else {
        Issue.record("expected damaged")
        return
    }
    #expect(throws: EventStoreError(.corrupt, "")) { try store.checkpoint(origin: "test/ledger") }
}
