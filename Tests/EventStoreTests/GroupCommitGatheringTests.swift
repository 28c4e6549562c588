import EventStoreTesting
import Foundation
import Synchronization
import Testing

@testable import EventStore

/// Options whose group-commit leader waits up to a minute for the previous group's appenders: long enough
/// that a test never depends on timing (each wait ends on its condition, not on the clock).
private func patientOptions() -> EventStoreOptions {
    var options = testOptions()
    options.groupCommitWaitNanoseconds = 60_000_000_000...60_000_000_000
    return options
}

/// Runs `count` single-event appends to streams `g<first>`... on their own threads; returns their results
/// once all have finished.
private func appendOnThreads(_ store: EventStore, first: Int, count: Int) -> () -> [Result<
    AppendReceipt, EventStoreError
>] {
    let finished = DispatchGroup()
    let results = Mutex<[Int: Result<AppendReceipt, EventStoreError>]>([:])
    for number in first..<(first + count) {
        finished.enter()
        Thread.detachNewThread {
            let result = Result { () throws(EventStoreError) in
                try store.append(stream: "g\(number)", expectedVersion: .noStream, events: [sampleEvent(number)])
            }
            results.withLock { $0[number] = result }
            finished.leave()
        }
    }
    return {
        finished.wait()
        return results.withLock { all in (first..<(first + count)).map { all[$0]! } }
    }
}

private func state<Value>(_ store: EventStore, _ read: (EventStore.State) -> Value) -> Value {
    store.shared.withLockedValue(read)
}

/// Four appenders queue behind a leader held in its sync; the next group carries all four, and the store
/// remembers four as the size its next leader waits for.
private func storeAfterAGroupOfFour(_ disk: SimulatedFileSystem, options: EventStoreOptions) throws -> EventStore {
    let hooked = HookedFileSystem(base: disk)
    let store = try makeLedger(at: "/ledger", count: 1, options: options, fileSystem: hooked)
    let syncsSeen = Mutex(0)
    hooked.before(.synchronizeData, pathSuffix: ".log") {
        guard
            syncsSeen.withLock({ count in
                defer { count += 1 }
                return count == 0
            })
        else { return }
        waitUntil { state(store) { $0.queue.count } == 4 }
    }
    let leader = appendOnThreads(store, first: 0, count: 1)
    waitUntil { syncsSeen.withLock { $0 } == 1 }  // the leader holds its group of one in its sync
    let followers = appendOnThreads(store, first: 1, count: 4)
    #expect(leader().allSatisfy { (try? $0.get()) != nil })
    #expect(followers().allSatisfy { (try? $0.get()) != nil })
    #expect(state(store) { $0.lastGroupRequestCount } == 4)
    return store
}

@Test func aNewLeaderWaitsForThePreviousGroupsAppendersAndSyncsThemOnce() throws {
    let disk = SimulatedFileSystem(seed: 1)
    let store = try storeAfterAGroupOfFour(disk, options: patientOptions())
    let syncsBefore = disk.counters.callCount(of: .synchronizeData)
    let first = appendOnThreads(store, first: 10, count: 1)
    waitUntil { state(store) { $0.leaderActive } }  // leads, and waits for three more
    let rest = appendOnThreads(store, first: 11, count: 3)
    let receipts = (first() + rest()).compactMap { try? $0.get() }
    #expect(receipts.count == 4)
    #expect(disk.counters.callCount(of: .synchronizeData) - syncsBefore == 1, "four appends, one sync")
    #expect(Set(receipts.map(\.chainHash)).count == 4)
    try expectIntact(store)
}

@Test func aWaitingLeaderStopsWaitingWhenTheStoreCloses() throws {
    let disk = SimulatedFileSystem(seed: 2)
    let store = try storeAfterAGroupOfFour(disk, options: patientOptions())
    let lone = appendOnThreads(store, first: 20, count: 1)
    waitUntil { state(store) { $0.leaderActive } }
    try store.close()  // the leader stops waiting for three more, commits, and close then finishes
    #expect(lone().allSatisfy { (try? $0.get()) != nil })
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readOnly, options: testOptions())
    #expect(try reopened.version(of: "g20") == 0)
}

@Test func aLeaderWhoseAppendersDoNotComeBackCommitsAtTheBoundAndThenExpectsFewer() throws {
    let disk = SimulatedFileSystem(seed: 3)
    var options = testOptions()
    options.groupCommitWaitNanoseconds = 1_000...1_000
    let store = try storeAfterAGroupOfFour(disk, options: options)
    #expect(throws: Never.self) { try appendOnThreads(store, first: 30, count: 1)()[0].get() }
    #expect(state(store) { $0.lastGroupRequestCount } == 1)
    try expectIntact(store)
}
