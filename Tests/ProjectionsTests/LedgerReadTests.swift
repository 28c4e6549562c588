import CaseModel
import EventStore
import EventStoreTesting
import Projections
import Testing

/// A simulated store holding `count` child events, with the payloads at `undecodable` positions replaced by
/// bytes that are not JSON. Events are appended in groups of at most 1,000.
func storeOfAllocations(count: Int, undecodable: Set<Int> = []) throws -> EventStore {
    let store = try EventStore.create(directory: "/ledger", fileSystem: SimulatedFileSystem(seed: 3))
    var events: [EventToAppend] = []
    for index in 0..<count {
        var ledger = TestLedger()
        ledger.append(SocialWorkerAllocated(workerId: "sw-7", teamId: "north"), on: "2014-05-12", id: "V\(index)")
        let payload = undecodable.contains(index) ? Array("not json".utf8) : ledger.events[0].event.canonicalBytes
        events.append(
            EventToAppend(type: "SocialWorkerAllocated", schemaVersion: 1, sourceID: "V\(index)", payload: payload))
    }
    for start in stride(from: 0, to: count, by: 1_000) {
        let group = Array(events[start..<min(start + 1_000, count)])
        _ = try store.append(stream: "child-C1", expectedVersion: .any, events: group)
    }
    return store
}

@Test(arguments: [0, 1, 17, LedgerEvent.decodeBatchRecordCountMax + 1])
func readAllDecodesEveryEventInLedgerOrder(count: Int) throws {
    let store = try storeOfAllocations(count: count)
    defer { try? store.close() }

    let reading = try LedgerEvent.readAll(from: store)
    let events = reading.events

    #expect(reading.skipped.isEmpty)
    #expect(events.map(\.position) == (0..<UInt64(count)).map { $0 })
    #expect(events.map(\.event.eventId) == (0..<count).map { "V\($0)" })
    var cursor = try store.events(fromPosition: 0)
    var chainHashes: [[UInt8]] = []
    while let recorded = try cursor.next() { chainHashes.append(recorded.chainHash) }
    #expect(events.map(\.chainHash) == chainHashes)
}

@Test func readAllFromAPositionStartsThere() throws {
    let store = try storeOfAllocations(count: 40)
    defer { try? store.close() }

    let events = try LedgerEvent.readAll(from: store, fromPosition: 25).events

    #expect(events.map(\.position) == (25..<40).map { UInt64($0) })
}

@Test(arguments: [[5], [300, 20], [4_200, 4_100, 4_300 - 1], [0, 4_299]])
func readAllSkipsUndecodableCaseRecordsAndNamesThemInOrder(undecodable: [Int]) throws {
    let store = try storeOfAllocations(count: 4_300, undecodable: Set(undecodable))
    defer { try? store.close() }

    let reading = try LedgerEvent.readAll(from: store)

    #expect(reading.skipped.map(\.position) == undecodable.sorted().map(UInt64.init))
    #expect(reading.skipped.allSatisfy { $0.stream == "child-C1" && $0.reason == "notAnObject at event" })
    #expect(reading.events.count == 4_300 - undecodable.count)
    let state = try ProjectionState.rebuild(from: reading)
    #expect(state.skippedRecords == reading.skipped)
    #expect(state.lastPosition == 4_299)
}

@Test func recordsOutsideTheCaseStreamsAreNotProjectedAndNotFindings() throws {
    let store = try storeOfAllocations(count: 3)
    defer { try? store.close() }
    for stream in ["x-1", "notes", "child-", "Child-C1"] {
        _ = try store.append(
            stream: stream, expectedVersion: .any,
            events: [EventToAppend(type: "t", schemaVersion: 1, sourceID: nil, payload: Array("{}".utf8))])
    }

    let reading = try LedgerEvent.readAll(from: store)

    #expect(reading.events.map(\.position) == [0, 1, 2])
    #expect(reading.skipped.isEmpty)
}

@Test func aCatalogueEventInAnotherChildsStreamIsSkipped() throws {
    let store = try storeOfAllocations(count: 1)
    defer { try? store.close() }
    let payload = try store.record(at: 0).payload
    _ = try store.append(
        stream: "child-C2", expectedVersion: .any,
        events: [EventToAppend(type: "SocialWorkerAllocated", schemaVersion: 1, sourceID: nil, payload: payload)])

    let reading = try LedgerEvent.readAll(from: store)

    #expect(reading.events.map(\.position) == [0])
    #expect(reading.skipped.map(\.reason) == ["wrongStream: its childId names another stream"])
}

@Test func aCheckpointKeepsTheSkippedRecordsAndResumesPastThem() throws {
    let store = try storeOfAllocations(count: 10, undecodable: [3, 9])
    defer { try? store.close() }
    let reading = try LedgerEvent.readAll(from: store)
    let state = try ProjectionState.rebuild(from: reading)

    let restored = try ProjectionCheckpoint.decode(fileBytes: ProjectionCheckpoint(of: state).fileBytes)
        .restoredState()

    #expect(restored == state)
    #expect(restored.skippedRecords.map(\.position) == [3, 9])
    #expect(try LedgerEvent.readAll(from: store, fromPosition: restored.lastPosition! + 1) == LedgerReading())
}

@Test func dataFieldsAreThePayloadMembersOfTheEventJSON() throws {
    var ledger = TestLedger()
    ledger.append(ReferralReceived(source: .police), on: "2013-05-01")
    ledger.append(SocialWorkerAllocated(workerId: "sw-7", teamId: "north"), on: "2013-05-02")
    ledger.append(CpPlanStarted(initialCategory: .neglect), on: "2013-06-03")

    for history in try ledger.state().children.values {
        for effective in history.events {
            #expect(.object(effective.dataFields) == effective.event.jsonValue["data"])
            #expect(!effective.dataFields.isEmpty)
        }
    }
}
