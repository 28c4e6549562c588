import Foundation
import Synchronization
import EventStoreTesting
import Testing

@testable import EventStore

/// `body` running on a new thread; `result()` waits for it to finish.
private final class Background<Value: Sendable>: Sendable {
    private let finished = DispatchGroup()
    private let value = Mutex<Value?>(nil)

    init(_ body: @escaping @Sendable () -> Value) {
        finished.enter()
        Thread.detachNewThread { [self] in
            let result = body()
            value.withLock { $0 = result }
            finished.leave()
        }
    }

    func result() -> Value {
        finished.wait()
        return value.withLock { $0! }
    }
}

/// A one-event append of `number` to stream `s<number>`, as a result.
private func appendResult(_ store: EventStore, _ number: Int) -> Result<AppendReceipt, EventStoreError> {
    Result { () throws(EventStoreError) in
        try store.append(stream: "s\(number)", expectedVersion: .noStream, events: [sampleEvent(number)])
    }
}

private func queueCount(_ store: EventStore) -> Int { (try? store.withOpenState { $0.queue.count }) ?? -1 }
private func isClosing(_ store: EventStore) -> Bool { store.shared.withLockedValue { $0.isClosing } }

/// A simulated ledger with two acknowledged records, opened through hooks.
private func hookedLedger(seed: UInt64) throws -> (SimulatedFileSystem, HookedFileSystem, EventStore) {
    let disk = SimulatedFileSystem(seed: seed)
    let hooked = HookedFileSystem(base: disk)
    let store = try makeLedger(at: "/ledger", count: 2, fileSystem: hooked)
    return (disk, hooked, store)
}

@Test func appendQueuedBehindAFailingLeaderFailsWithTheLeadersError() throws {
    let (disk, hooked, store) = try hookedLedger(seed: 1)
    hooked.before(.synchronizeData, pathSuffix: ".log") {
        waitUntil { queueCount(store) == 1 }
        disk.failCall(number: 0, of: .operation(.synchronizeData))
    }
    let leader = Background { appendResult(store, 10) }
    waitUntil { store.shared.withLockedValue { $0.leaderActive } }
    let follower = Background { appendResult(store, 11) }
    guard case .failure(let first) = leader.result(), case .failure(let second) = follower.result() else {
        Issue.record("an append behind a failed sync was acknowledged: \(follower.result())")
        return
    }
    #expect(first.code == .io)
    #expect(second.code == .io && second.message == first.message)
    #expect(throws: EventStoreError(.failStopped, "")) { try appendResult(store, 12).get() }
    #expect(store.info.recordCount == 2)
    try store.close()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: testOptions())
    try expectIntact(reopened)
    #expect(try reopened.version(of: "s11") == nil)
}

@Test(arguments: 0..<20)
func closeCommitsEveryQueuedAppendBeforeItsCheckpointAndUnlock(round: Int) throws {
    let (disk, hooked, store) = try hookedLedger(seed: UInt64(round))
    hooked.before(.synchronizeData, pathSuffix: ".log") {
        waitUntil { isClosing(store) }
    }
    let leader = Background { appendResult(store, 10) }
    waitUntil { store.shared.withLockedValue { $0.leaderActive } }
    let follower = Background { appendResult(store, 11) }
    waitUntil { queueCount(store) == 1 }
    let closed = Background { Result { () throws(EventStoreError) in try store.close() } }
    #expect(throws: Never.self) { try closed.result().get() }
    #expect(throws: Never.self) { try leader.result().get() }
    #expect(throws: Never.self, "round \(round)") { try follower.result().get() }
    let checkpoint = try IndexCheckpoint.decode(disk.currentContents(atPath: "/ledger/INDEX")!)
    #expect(checkpoint.recordCount == 4, "round \(round): the checkpoint misses a queued append")
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(reopened.indexOrigin == .checkpoint(recordCount: 4))
    try expectIntact(reopened)
}

@Test func closeDuringASyncWaitsForItThenCheckpointsThenUnlocks() throws {
    let (disk, hooked, store) = try hookedLedger(seed: 3)
    let lockHeldDuringSync = Mutex<Bool?>(nil)
    hooked.before(.synchronizeData, pathSuffix: ".log") {
        waitUntil { isClosing(store) }
        let lock = try? disk.lockExclusively(atPath: "/ledger/LOCK")
        lockHeldDuringSync.withLock { $0 = lock == nil }
        lock?.release()
    }
    let leader = Background { appendResult(store, 10) }
    waitUntil { store.shared.withLockedValue { $0.leaderActive } }
    try store.close()
    #expect(throws: Never.self) { try leader.result().get() }
    #expect(lockHeldDuringSync.withLock { $0 } == true)
    #expect(try IndexCheckpoint.decode(disk.currentContents(atPath: "/ledger/INDEX")!).recordCount == 3)
    #expect(throws: EventStoreError(.readOnly, "")) { try appendResult(store, 11).get() }
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: testOptions())
    #expect(reopened.info.recordCount == 3)
}

@Test func failedCheckpointAtASealFailStopsTheStore() throws {
    let disk = SimulatedFileSystem(seed: 4)
    let hooked = HookedFileSystem(base: disk)
    let store = try EventStore.create(
        directory: "/ledger", fileSystem: hooked, options: testOptions(segmentSizeBytesMax: 4 << 10))
    hooked.before(.createFile, pathSuffix: "INDEX.tmp") {
        disk.failCall(number: 0, of: .operation(.createFile), code: .noSpace)
    }
    var number = 0
    while store.info.segmentCount == 1 {
        _ = try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(number)])
        number += 1
    }
    let error = #expect(throws: EventStoreError(.failStopped, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(number)])
    }
    #expect((error?.cause as? EventStoreError)?.message.contains("index checkpoint") == true)
    #expect(disk.currentContents(atPath: "/ledger/INDEX") == nil)
}
