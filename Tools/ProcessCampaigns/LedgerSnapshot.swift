import EventStore

/// What a ledger holds, read through a read-only open of the engine (as any reader would see it):
/// the source ids with their positions and streams, the batch ends and the recovery records.
public struct LedgerSnapshot: Sendable {
    /// Record count the open reported.
    public var recordCount: UInt64 = 0
    /// Position and stream of each event, by source id; a source id seen twice is kept in `repeatedSourceIDs`.
    public var eventsBySourceID: [String: (position: UInt64, stream: String)] = [:]
    public var repeatedSourceIDs: [String] = []
    /// Recovery records (the engine cut a torn tail and logged it).
    public var recoveryRecordCount = 0
    /// Record counts at which a reader may legitimately stop: 0 and one past each record that ends a batch.
    public var batchBoundaries: Set<UInt64> = [0]
    /// Positions that did not follow their predecessor (must stay empty).
    public var gaps: [UInt64] = []

    /// Reads the whole ledger in `directory`.
    public static func read(directory: String) throws(EventStoreError) -> LedgerSnapshot {
        let store = try EventStore.open(directory: directory, mode: .readOnly)
        defer { try? store.close() }
        var snapshot = LedgerSnapshot()
        snapshot.recordCount = store.info.recordCount
        var cursor = try store.events(fromPosition: 0)
        var expected: UInt64 = 0
        while let record = try cursor.next() {
            if record.position != expected { snapshot.gaps.append(record.position) }
            expected = record.position + 1
            if record.endsBatch { snapshot.batchBoundaries.insert(record.position + 1) }
            if record.kind == .recovery { snapshot.recoveryRecordCount += 1 }
            guard let sourceID = record.sourceID else { continue }
            if snapshot.eventsBySourceID[sourceID] != nil { snapshot.repeatedSourceIDs.append(sourceID) }
            snapshot.eventsBySourceID[sourceID] = (record.position, record.stream)
        }
        return snapshot
    }

    /// How many of `batch`'s events are present, each in its child's stream; the problems found.
    func presence(of batch: CampaignBatch) -> (count: Int, problems: [String]) {
        var count = 0
        var problems: [String] = []
        for (tag, ids) in batch.eventIDsByTag {
            for id in ids {
                guard let event = eventsBySourceID[id] else { continue }
                count += 1
                if event.stream != CampaignEvents.stream(tag: tag) {
                    problems.append("event \(id) at position \(event.position) is in stream \(event.stream)")
                }
            }
        }
        return (count, problems)
    }
}

/// One import file of the kill campaign: whole journeys of several children, at most one append group
/// (4,096 events), so the importer commits it in one fdatasync: all or nothing.
public struct CampaignBatch: Sendable {
    public let number: Int
    public let fileName: String
    public let eventIDsByTag: [(tag: String, ids: [String])]
    public var eventCount: Int { eventIDsByTag.count * 6 }

    /// A batch of `childCount` children, tagged by `number` and the campaign's `prefix`.
    public init(number: Int, childCount: Int, prefix: String) {
        precondition(childCount * 6 <= 4_096, "a campaign batch must fit one append group")
        self.number = number
        fileName = "batch-\(number).jsonl"
        eventIDsByTag = (0..<childCount).map { child in
            let tag = "\(prefix)\(number)-\(child)"
            return (tag, CampaignEvents.eventIDs(tag: tag))
        }
    }

    /// The file's content: one JSONL line per event.
    public var jsonl: String {
        eventIDsByTag.flatMap { CampaignEvents.jsonLines(tag: $0.tag) }.map { $0 + "\n" }.joined()
    }
}
