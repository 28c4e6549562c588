import Testing

@testable import EventStore

@Test(.temporaryLedgers) func wholeBatchRetryReturnsTheOriginalReceiptAcrossReopen() throws {
    let path = temporaryLedgerPath()
    let store = try makeLedger(at: path, count: 3)
    let events = (0..<3).map { sampleEvent(100 + $0, sourceID: "case-system/\($0)") }
    let original = try store.append(stream: "child-1", expectedVersion: .noStream, events: events)
    #expect(try store.append(stream: "child-1", expectedVersion: .noStream, events: events) == original)
    try store.close()
    let reopened = try EventStore.open(directory: path, mode: .readWrite, options: testOptions())
    #expect(try reopened.append(stream: "child-1", expectedVersion: .noStream, events: events) == original)
    #expect(reopened.info.recordCount == 6)
}

@Test(.temporaryLedgers) func singleEventRetryReturnsThatEventsReceipt() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let events = (0..<3).map { sampleEvent($0, sourceID: "id-\($0)") }
    _ = try store.append(stream: "s", expectedVersion: .any, events: events)
    let retry = try store.append(stream: "s", expectedVersion: .any, events: [events[1]])
    #expect(retry.firstPosition == 1 && retry.lastPosition == 1 && retry.streamVersion == 1)
    #expect(retry.chainHash == (try store.record(at: 1)).chainHash)
}

@Test(.temporaryLedgers) func reusedSourceIDWithDifferentContentIsAConflict() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let original = sampleEvent(1, sourceID: "id-1")
    _ = try store.append(stream: "s", expectedVersion: .any, events: [original])
    var changedPayload = original
    changedPayload.payload.append(0)
    var changedType = original
    changedType.type = "other"
    var changedMetadata = original
    changedMetadata.metadata = [9]
    for changed in [changedPayload, changedType, changedMetadata] {
        #expect(throws: EventStoreError(.idempotencyConflict, "")) {
            try store.append(stream: "s", expectedVersion: .any, events: [changed])
        }
    }
    #expect(throws: EventStoreError(.idempotencyConflict, "")) {
        try store.append(stream: "t", expectedVersion: .any, events: [original])
    }
    #expect(store.info.recordCount == 1)
}

@Test(.temporaryLedgers) func batchMixingOldAndNewSourceIDsIsRefused() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    _ = try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(1, sourceID: "a")])
    #expect(throws: EventStoreError(.idempotencyConflict, "")) {
        try store.append(
            stream: "s", expectedVersion: .any, events: [sampleEvent(1, sourceID: "a"), sampleEvent(2, sourceID: "b")])
    }
    #expect(throws: EventStoreError(.invalidArgument, "")) {
        try store.append(
            stream: "s", expectedVersion: .any, events: [sampleEvent(3, sourceID: "c"), sampleEvent(3, sourceID: "c")])
    }
}

@Test(.temporaryLedgers) func duplicateWithinOneBulkCallReturnsTheFirstBatchsReceipt() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let batch = AppendBatch(stream: "s", expectedVersion: .any, events: [sampleEvent(1, sourceID: "x")])
    let receipts = try store.appendBatches([batch, batch])
    #expect(receipts[0] == receipts[1])
    #expect(store.info.recordCount == 1)
}

@Test(.temporaryLedgers) func recordWithSourceIDFindsItInAnyStreamAcrossReopen() throws {
    let path = temporaryLedgerPath()
    let store = try makeLedger(at: path, count: 2)
    _ = try store.append(stream: "child-7", expectedVersion: .any, events: [sampleEvent(9, sourceID: "cms/42")])
    #expect(try store.record(withSourceID: "cms/42")?.stream == "child-7")
    #expect(try store.record(withSourceID: "cms/43") == nil)
    try store.close()
    let reopened = try EventStore.open(directory: path, mode: .readOnly, options: testOptions())
    #expect(try reopened.record(withSourceID: "cms/42")?.position == 2)
}

/// The fingerprint of a source id planned earlier in the same call uses the payload hash the encoder
/// wrote into that event's frame: the middle event of a batch matches its repeat (which gets the
/// original batch's receipt), and a changed payload is caught.
@Test(.temporaryLedgers) func repeatInOneBulkCallIsMatchedAgainstThatEventsOwnPayloadHash() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let first = AppendBatch(
        stream: "s", expectedVersion: .any,
        events: [sampleEvent(1, sourceID: "x"), sampleEvent(2, sourceID: "y"), sampleEvent(3, sourceID: "z")])
    let repeatOfY = AppendBatch(stream: "s", expectedVersion: .any, events: [sampleEvent(2, sourceID: "y")])
    let receipts = try store.appendBatches([first, repeatOfY])
    #expect(receipts[1] == receipts[0])
    #expect(store.info.recordCount == 3)
    var changed = sampleEvent(3, sourceID: "w")
    let original = AppendBatch(stream: "t", expectedVersion: .any, events: [sampleEvent(4, sourceID: "v"), changed])
    changed.payload.append(0)
    let changedRepeat = AppendBatch(stream: "t", expectedVersion: .any, events: [changed])
    #expect(throws: EventStoreError(.idempotencyConflict, "")) {
        try store.appendBatches([original, changedRepeat])
    }
    #expect(store.info.recordCount == 3)
}
