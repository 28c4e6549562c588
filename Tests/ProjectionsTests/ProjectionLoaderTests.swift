import EventStore
import EventStoreTesting
import Projections
import Testing

/// Writes the checkpoint of the first `count` events of `store` to `path` on `disk`.
private func writeCheckpoint(of store: EventStore, count: Int, to path: String, on disk: SimulatedFileSystem) throws {
    let state = try ProjectionState.rebuild(from: Array(try LedgerEvent.readAll(from: store).events.prefix(count)))
    let file = try disk.openFile(atPath: path, mode: .createNew)
    try file.write(ProjectionCheckpoint(of: state).fileBytes, atOffset: 0)
}

@Test func loaderCatchesUpFromAnAnchoredCheckpoint() throws {
    let store = try storeOfAllocations(count: 30)
    let disk = SimulatedFileSystem(seed: 4)
    try writeCheckpoint(of: store, count: 20, to: "/checkpoint.bin", on: disk)

    let loaded = try ProjectionLoader.load(store, checkpointPath: "/checkpoint.bin", fileSystem: disk)

    #expect(loaded.method == .incremental(after: 19))
    #expect(loaded.foldedEventCount == 10)
    #expect(loaded.state.stateHash == (try ProjectionState.rebuild(from: LedgerEvent.readAll(from: store).events)).stateHash)
}

@Test func loaderRebuildsWhenTheCheckpointIsMissingUnusableOrNotAPrefixOfTheLedger() throws {
    let store = try storeOfAllocations(count: 30)
    let disk = SimulatedFileSystem(seed: 5)

    let missing = try ProjectionLoader.load(store, checkpointPath: "/absent.json", fileSystem: disk)
    #expect(missing.method == .full(reason: nil))
    #expect(missing.foldedEventCount == 30)

    try writeCheckpoint(of: store, count: 30, to: "/past-the-end.json", on: disk)
    let shorter = try storeOfAllocations(count: 10)
    let pastTheEnd = try ProjectionLoader.load(shorter, checkpointPath: "/past-the-end.json", fileSystem: disk)
    guard case .full(let reason?) = pastTheEnd.method else {
        Issue.record("expected a full rebuild with a reason, got \(pastTheEnd.method)")
        return
    }
    #expect(reason.contains("past the ledger's end"))

    let garbage = try disk.openFile(atPath: "/garbage.json", mode: .createNew)
    try garbage.write(Array("{}".utf8), atOffset: 0)
    let unusable = try ProjectionLoader.load(store, checkpointPath: "/garbage.json", fileSystem: disk)
    guard case .full(let why?) = unusable.method else {
        Issue.record("expected a full rebuild with a reason, got \(unusable.method)")
        return
    }
    #expect(why.contains("is unusable"))
}

@Test func verifyInAStoreMatchesACheckpointOfAPrefixAndNotOneOfAnotherLedger() throws {
    let store = try storeOfAllocations(count: 30, undecodable: [7])
    let reading = try LedgerEvent.readAll(from: store)
    let prefix = LedgerReading(
        events: reading.events.filter { $0.position <= 19 }, skipped: reading.skipped.filter { $0.position <= 19 })
    let checkpoint = ProjectionCheckpoint(of: try ProjectionState.rebuild(from: prefix))
    let verification = try checkpoint.verify(in: store)
    #expect(verification.matches && verification.position == 19)
    #expect(verification == (try checkpoint.verify(against: reading)))

    let other = try storeOfAllocations(count: 30)
    #expect(!(try checkpoint.verify(in: other)).matches)
}
