import EventStoreTesting
import Testing

@testable import EventStore

/// Appends 2-event batches to streams c0, c1, ... until one fails; returns the acknowledged receipts.
private func appendUntilFailure(_ store: EventStore, batchCount: Int) -> [Int: AppendReceipt] {
    var acknowledged: [Int: AppendReceipt] = [:]
    for batch in 0..<batchCount {
        let events = [sampleEvent(batch * 2, payloadSizeBytes: 300), sampleEvent(batch * 2 + 1, payloadSizeBytes: 300)]
        guard let receipt = try? store.append(stream: "c\(batch)", expectedVersion: .noStream, events: events) else {
            break
        }
        acknowledged[batch] = receipt
    }
    return acknowledged
}

private let crashSweepBatchCount = 12

/// The mutating calls a fault-free run of the sweep's appends makes: the sweep fails each one in turn.
private let crashSweepMutatingCallCount: Int = {
    let disk = SimulatedFileSystem(seed: 0)
    let store = try! EventStore.create(
        directory: "/ledger", fileSystem: disk, options: testOptions(segmentSizeBytesMax: 4 << 10))
    let before = disk.counters.mutatingCallCount
    let acknowledged = appendUntilFailure(store, batchCount: crashSweepBatchCount)
    precondition(acknowledged.count == crashSweepBatchCount, "the fault-free run appends every batch")
    return disk.counters.mutatingCallCount - before
}()

@Test func crashSweepCoversSeveralSegmentSeals() {
    #expect(crashSweepMutatingCallCount > 60)
}

/// Fails the N-th mutating call of the appends (tearing it for odd N), for every N the appends make,
/// crashes, and reopens: the fault must have fired, no acknowledged event may be lost, no batch may be
/// half visible, and the chain must verify.
@Test(arguments: 0..<crashSweepMutatingCallCount)
func crashAtAnyCallKeepsEveryAcknowledgedEvent(failingCall: Int) throws {
    let disk = SimulatedFileSystem(
        seed: UInt64(failingCall), crashMode: failingCall % 3 == 0 ? .sectorsInAnyOrder : .orderedPrefix)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: options)
    disk.failCall(number: failingCall, tearsWrite: failingCall % 2 == 1)
    let batchCount = crashSweepBatchCount
    let acknowledged = appendUntilFailure(store, batchCount: batchCount)
    #expect(disk.counters.faultFiredCount == 1, "seed \(failingCall): the injected fault never fired")
    #expect(acknowledged.count < batchCount, "seed \(failingCall): appends went on after a failed call")
    disk.crash()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: options)
    for batch in 0..<batchCount {
        let records = try reopened.readStream("c\(batch)")
        #expect(records.isEmpty || records.count == 2, "seed \(failingCall): batch \(batch) half visible")
        if let receipt = acknowledged[batch] {
            #expect(
                records.map(\.position) == [receipt.firstPosition, receipt.lastPosition],
                "seed \(failingCall): batch \(batch) lost")
            #expect(records.last?.chainHash == receipt.chainHash)
        }
    }
    try expectIntact(reopened)
    _ = try reopened.append(stream: "after-crash", expectedVersion: .noStream, events: [sampleEvent(999)])
    try expectIntact(reopened)
}

/// Crashes with no fault after each acknowledged append: everything acknowledged survives.
@Test(arguments: 1..<8)
func crashAfterAcknowledgedAppendsLosesNothing(appendCount: Int) throws {
    let disk = SimulatedFileSystem(seed: UInt64(appendCount), crashMode: .dropUnsynced)
    let options = testOptions(segmentSizeBytesMax: 4 << 10)
    let store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: options)
    let acknowledged = appendUntilFailure(store, batchCount: appendCount)
    #expect(acknowledged.count == appendCount)
    disk.crash()
    let reopened = try EventStore.open(directory: "/ledger", fileSystem: disk, mode: .readWrite, options: options)
    #expect(reopened.info.recordCount == UInt64(2 * appendCount))
    #expect(reopened.info.chainHead == acknowledged[appendCount - 1]!.chainHash)
    try expectIntact(reopened)
}
