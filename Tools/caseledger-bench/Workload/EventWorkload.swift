import EventStore
import SeededRandom

/// One generated event and the stream it goes to.
struct WorkloadEvent: Sendable {
    /// The stream (one synthetic child).
    var stream: String
    /// The event.
    var event: EventToAppend
}

/// Seeded synthetic events shaped like the ledger's real ones: a JSON payload of 300–600 bytes naming
/// a child, case, dates, actor and free-text summary made of a fixed vocabulary, a small metadata
/// blob and a source id. No real case content; the same seed gives the same bytes.
///
/// Generated before any timed section, so the benchmarks time the store, not the generator.
struct EventWorkload {
    /// Smallest and largest payload, in bytes.
    static let payloadSizeBytesRange = 300...600

    private static let eventTypes = [
        "referral.received", "assessment.started", "assessment.completed", "strategy.discussion.held",
        "section47.enquiry.started", "child.protection.conference.held", "plan.started", "visit.recorded",
        "case.closed",
    ]
    private static let words = [
        "visit", "school", "health", "parent", "carer", "concern", "agreed", "plan", "review", "contact",
        "referral", "outcome", "attended", "home", "safety", "support", "meeting", "follow-up", "wellbeing", "team",
    ]

    private let seed: UInt64
    private var random: SplitMix64
    private let streamCount: Int
    private var generatedCount = 0

    /// A generator spreading events over `streamCount` streams, fixed by `seed`.
    /// - Precondition: `streamCount` ≥ 1.
    init(seed: UInt64, streamCount: Int) {
        precondition(streamCount >= 1, "a workload needs at least one stream")
        self.seed = seed
        self.random = SplitMix64(seed: seed)
        self.streamCount = streamCount
    }

    /// The stream name of stream `index`: `child-000042`.
    static func streamName(_ index: Int) -> String {
        "child-" + NumberText.zeroPadded(index, width: 6)
    }

    /// The next `count` events, streams chosen uniformly at random.
    mutating func next(_ count: Int) -> [WorkloadEvent] {
        (0..<count).map { _ in next(stream: Self.streamName(random.next(below: streamCount))) }
    }

    /// The next event, for `stream`.
    mutating func next(stream: String) -> WorkloadEvent {
        generatedCount += 1
        let type = Self.eventTypes[random.next(below: Self.eventTypes.count)]
        let sourceID = "bench-\(seed)-\(generatedCount)"
        let metadata = Array("{\"correlationId\":\"\(sourceID)\",\"channel\":\"bench\"}".utf8)
        let event = EventToAppend(
            type: type, schemaVersion: 1, sourceID: sourceID, metadata: metadata,
            payload: payload(stream: stream, type: type))
        return WorkloadEvent(stream: stream, event: event)
    }

    /// A JSON object of a random size in `payloadSizeBytesRange`.
    private mutating func payload(stream: String, type: String) -> [UInt8] {
        let range = Self.payloadSizeBytesRange
        let sizeBytes = range.lowerBound + random.next(below: range.count)
        let date =
            "2024-" + NumberText.zeroPadded(1 + random.next(below: 12), width: 2) + "-"
            + NumberText.zeroPadded(1 + random.next(below: 28), width: 2)
        let caseID = "case-" + NumberText.zeroPadded(random.next(below: 100_000), width: 5)
        let recordedAt = date + "T" + NumberText.zeroPadded(random.next(below: 24), width: 2) + ":00:00Z"
        let worker = "W" + NumberText.zeroPadded(random.next(below: 1_000), width: 4)
        let head =
            "{\"type\":\"\(type)\",\"child\":\"\(stream)\",\"case\":\"\(caseID)\",\"occurredOn\":\"\(date)\","
            + "\"recordedAt\":\"\(recordedAt)\",\"actor\":{\"worker\":\"\(worker)\",\"team\":\"assessment\"},"
            + "\"summary\":\""
        var bytes = Array(head.utf8)
        let tail = Array("\"}".utf8)
        while bytes.count + tail.count < sizeBytes {
            let word = Self.words[random.next(below: Self.words.count)]
            bytes.append(contentsOf: (bytes.last == UInt8(ascii: "\"") ? "" : " ").utf8)
            bytes.append(contentsOf: word.utf8)
        }
        bytes.removeLast(max(0, bytes.count + tail.count - sizeBytes))
        return bytes + tail
    }
}
