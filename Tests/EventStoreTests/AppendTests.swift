import Integrity
import Testing

@testable import EventStore

@Test(.temporaryLedgers) func appendedEventsReadBackIdentically() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let events = (0..<5).map { sampleEvent($0, sourceID: "src-\($0)") }
    let receipt = try store.append(stream: "case-1", expectedVersion: .noStream, events: events)
    #expect(receipt.firstPosition == 0 && receipt.lastPosition == 4 && receipt.streamVersion == 4)
    let records = try store.readStream("case-1")
    #expect(records.map(\.payload) == events.map(\.payload))
    #expect(records.map(\.sourceID) == events.map(\.sourceID))
    #expect(records.map(\.streamVersion) == [0, 1, 2, 3, 4])
    #expect(records.last?.chainHash == receipt.chainHash)
    #expect(records.allSatisfy { $0.payloadHash == SHA256.hash($0.payload) })
    try expectIntact(store)
}

@Test(.temporaryLedgers) func appendWithStaleVersionThrowsConflictCarryingActualVersion() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    _ = try store.append(stream: "a", expectedVersion: .noStream, events: [sampleEvent(1), sampleEvent(2)])
    #expect {
        try store.append(stream: "a", expectedVersion: .exact(0), events: [sampleEvent(3)])
    } throws: { ($0 as? EventStoreError)?.code == .conflict(actualVersion: 1) }
    #expect {
        try store.append(stream: "a", expectedVersion: .noStream, events: [sampleEvent(3)])
    } throws: { ($0 as? EventStoreError)?.code == .conflict(actualVersion: 1) }
    #expect {
        try store.append(stream: "b", expectedVersion: .exact(0), events: [sampleEvent(3)])
    } throws: { ($0 as? EventStoreError)?.code == .conflict(actualVersion: nil) }
    #expect(try store.append(stream: "a", expectedVersion: .exact(1), events: [sampleEvent(3)]).streamVersion == 2)
}

@Test(
    .temporaryLedgers,
    arguments: [
        ("", "t", EventStoreError.Code.invalidArgument),
        ("$reserved", "t", .invalidArgument),
        (String(repeating: "s", count: Limits.streamIDSizeBytesMax + 1), "t", .limitExceeded),
        ("s", "", .invalidArgument),
        ("s", String(repeating: "t", count: Limits.typeSizeBytesMax + 1), .limitExceeded),
    ])
func appendWithBadNamesIsRejected(stream: String, type: String, code: EventStoreError.Code) throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let event = EventToAppend(type: type, schemaVersion: 1, payload: [1])
    #expect(throws: EventStoreError(code, "")) {
        try store.append(stream: stream, expectedVersion: .any, events: [event])
    }
    #expect(store.info.recordCount == 0)
}

@Test(.temporaryLedgers) func appendOverSizeAndCountLimitsIsRejected() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0, options: testOptions(segmentSizeBytesMax: 8 << 10))
    let tooBig = EventToAppend(type: "t", schemaVersion: 1, payload: [UInt8](repeating: 0, count: 8 << 10))
    #expect(throws: EventStoreError(.limitExceeded, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [tooBig])
    }
    let tooMany = [EventToAppend](
        repeating: EventToAppend(type: "t", schemaVersion: 1, payload: []), count: Limits.batchRecordCountMax + 1)
    #expect(throws: EventStoreError(.limitExceeded, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: tooMany)
    }
    let bigMetadata = EventToAppend(
        type: "t", schemaVersion: 1, metadata: [UInt8](repeating: 0, count: Limits.metadataSizeBytesMax + 1),
        payload: [])
    #expect(throws: EventStoreError(.limitExceeded, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [bigMetadata])
    }
    #expect(throws: EventStoreError(.invalidArgument, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: [])
    }
    #expect(store.info.recordCount == 0)
}

@Test(.temporaryLedgers) func largestRecordThatFitsASegmentIsAccepted() throws {
    let options = testOptions(segmentSizeBytesMax: 8 << 10)
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0, options: options)
    let fixed = RecordLayout.frameSizeBytes(
        streamSize: 1, typeSize: 1, sourceIDSize: 0, metadataSize: 0, payloadSize: 0)
    let event = EventToAppend(
        type: "t", schemaVersion: 1, payload: [UInt8](repeating: 7, count: options.recordSizeBytesMax - fixed))
    _ = try store.append(stream: "s", expectedVersion: .any, events: [event])
    _ = try store.append(stream: "s", expectedVersion: .any, events: [event])
    #expect(store.info.segmentCount == 2)
    try expectIntact(store)
}

@Test(.temporaryLedgers) func bulkAppendIsAllOrNothing() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0)
    let good = AppendBatch(stream: "a", expectedVersion: .noStream, events: [sampleEvent(1)])
    let bad = AppendBatch(stream: "a", expectedVersion: .noStream, events: [sampleEvent(2)])
    #expect(throws: EventStoreError(.conflict(actualVersion: 0), "")) { try store.appendBatches([good, bad]) }
    #expect(store.info.recordCount == 0)
    let receipts = try store.appendBatches([
        good, AppendBatch(stream: "a", expectedVersion: .exact(0), events: [sampleEvent(2)]),
    ])
    #expect(receipts.map(\.lastPosition) == [0, 1])
}

@Test(.temporaryLedgers) func ledgerTimeNeverGoesBackwards() throws {
    let store = try EventStore.create(
        directory: temporaryLedgerPath(), options: EventStoreOptions(segmentSizeBytesMax: 64 << 10, clock: { 1_000 }))
    _ = try store.append(stream: "s", expectedVersion: .any, events: [sampleEvent(1)])
    let records = try store.read(fromPosition: 0, limit: 10)
    #expect(records.map(\.ledgerTimestampNanoseconds) == [1_000])
}

@Test(.temporaryLedgers) func createOverAnExistingLedgerFails() throws {
    let path = temporaryLedgerPath()
    try makeLedger(at: path, count: 1).close()
    #expect(throws: EventStoreError(.alreadyExists, "")) { try EventStore.create(directory: path) }
    #expect(throws: EventStoreError(.notFound, "")) {
        try EventStore.open(directory: path + "-missing", mode: .readOnly)
    }
}

@Test(.temporaryLedgers) func batchLargerThanASegmentIsRejected() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 0, options: testOptions(segmentSizeBytesMax: 4 << 10))
    let events = (0..<20).map { sampleEvent($0, payloadSizeBytes: 200) }
    #expect(throws: EventStoreError(.limitExceeded, "")) {
        try store.append(stream: "s", expectedVersion: .any, events: events)
    }
    #expect(try store.append(stream: "s", expectedVersion: .any, events: Array(events[0..<10])).lastPosition == 9)
}
