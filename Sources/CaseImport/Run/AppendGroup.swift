import EventStore

/// The events of one append group, as one batch per stream in order of first appearance, within the
/// store's per-call limits.
struct AppendGroup {
    let eventCountMax: Int
    let sizeBytesMax: Int
    private(set) var batches: [AppendBatch] = []
    private(set) var eventCount = 0
    private(set) var countByType: [String: Int] = [:]
    private var sizeBytes = 0
    private var batchIndexByStream: [String: Int] = [:]

    init(eventCountMax: Int, sizeBytesMax: Int) {
        precondition(eventCountMax > 0 && eventCountMax <= Limits.batchRecordCountMax, "group event count out of range")
        self.eventCountMax = eventCountMax
        self.sizeBytesMax = sizeBytesMax
    }

    /// True when no event is pending.
    var isEmpty: Bool { eventCount == 0 }
    /// True when the group should be committed before another event is added.
    var isFull: Bool {
        eventCount >= eventCountMax || sizeBytes >= sizeBytesMax || batches.count >= Limits.bulkBatchCountMax
    }

    /// Adds `event` to its stream's batch (expected version `.any`: order within a stream is kept).
    mutating func add(_ event: EventToAppend, stream: String) {
        precondition(!isFull, "commit a full group before adding")
        if let index = batchIndexByStream[stream] {
            batches[index].events.append(event)
        } else {
            batchIndexByStream[stream] = batches.count
            batches.append(AppendBatch(stream: stream, expectedVersion: .any, events: [event]))
        }
        eventCount += 1
        sizeBytes += event.payload.count + event.metadata.count
        countByType[event.type, default: 0] += 1
    }

    /// Empties the group after a commit.
    mutating func removeAll() {
        batches.removeAll(keepingCapacity: true)
        batchIndexByStream.removeAll(keepingCapacity: true)
        countByType.removeAll()
        eventCount = 0
        sizeBytes = 0
    }
}
