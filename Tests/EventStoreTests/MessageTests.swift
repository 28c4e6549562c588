import EventStoreTesting
import Testing

@testable import EventStore

@Test func verifyFailureStatesItsLocationOnceThenWhatFailed() throws {
    let disk = SimulatedFileSystem(seed: 4)
    let store = try makeLedger(at: "/ledger", count: 3, fileSystem: disk)
    let target = try store.withOpenState { state in state.index.location(of: 1)! }
    try disk.flipBit(atPath: "/ledger/segment-00000000.log", byteOffset: target.offset + 110, bit: 0)
    let failure = try #require(try store.verify().firstFailure)
    #expect(failure.description == "segment 0, offset \(target.offset), position 1: CRC mismatch")
}

@Test(arguments: [
    (ExpectedVersion.exact(1), "expected version 1, actual 0"),
    (.noStream, "expected version no stream, actual 0"),
])
func conflictMessageNamesExpectedAndActualVersions(expected: ExpectedVersion, text: String) throws {
    let store = try makeLedger(at: "/ledger", count: 1, fileSystem: SimulatedFileSystem(seed: 1))
    do {
        _ = try store.append(stream: "s0", expectedVersion: expected, events: [sampleEvent(1)])
        Issue.record("append with a stale expected version succeeded")
    } catch {
        #expect(error.code == .conflict(actualVersion: 0))
        #expect(error.message == "stream s0: \(text)")
    }
}

@Test func conflictOnAMissingStreamSaysNoStream() throws {
    let store = try makeLedger(at: "/ledger", count: 1, fileSystem: SimulatedFileSystem(seed: 1))
    #expect(throws: EventStoreError(.conflict(actualVersion: nil), "")) {
        try store.append(stream: "new", expectedVersion: .exact(0), events: [sampleEvent(1)])
    }
    #expect(ExpectedVersion.any.description == "any")
    do {
        _ = try store.append(stream: "new", expectedVersion: .exact(0), events: [sampleEvent(1)])
    } catch {
        #expect(error.message == "stream new: expected version 0, actual no stream")
    }
}
