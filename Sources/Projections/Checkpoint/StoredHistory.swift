import CaseModel

/// One history of a checkpoint body as read, its events still bytes: the body is read in one pass, then
/// the events of all histories are decoded on all cores (`decode(_:in:)`).
struct StoredHistory: Sendable {
    /// An event as stored: its position, the corrections applied, and where its canonical JSON lies.
    struct StoredEvent: Sendable {
        var position: UInt64
        var corrections: [UInt64]
        var bytes: Range<Int>
    }

    var id: String
    var events: [StoredEvent] = []
    var unresolved: [UInt64] = []
    var supersessions: [StoredEvent] = []
    var originals: [StoredEvent] = []

    /// Histories decoded per slice of a concurrent decode: enough slices to keep every core busy.
    static let decodeSliceCount = 64

    /// Reads a u32 count of histories and the histories.
    static func read(from reader: inout CheckpointReader, _ field: String) throws(ProjectionError) -> [StoredHistory] {
        var histories: [StoredHistory] = []
        for _ in 0..<(try reader.count(field)) {
            var history = StoredHistory(id: try reader.string("\(field).id"))
            history.events = try readEvents(from: &reader, corrected: true, "\(field).events")
            history.unresolved = try reader.positions("\(field).unresolved")
            history.supersessions = try readEvents(from: &reader, corrected: false, "\(field).supersessions")
            history.originals = try readEvents(from: &reader, corrected: true, "\(field).originals")
            histories.append(history)
        }
        return histories
    }

    private static func readEvents(from reader: inout CheckpointReader, corrected: Bool, _ field: String)
        throws(ProjectionError) -> [StoredEvent]
    {
        var events: [StoredEvent] = []
        for _ in 0..<(try reader.count(field)) {
            let position = try reader.uint64("\(field).position")
            let corrections = corrected ? try reader.positions("\(field).corrections") : []
            events.append(StoredEvent(position: position, corrections: corrections, bytes: try reader.dataRange(field)))
        }
        return events
    }

    /// The histories by id, their events decoded from `bytes` on all cores.
    ///
    /// - Throws: `ProjectionError.malformedCheckpoint` at the position of the first event (in history order)
    ///   that does not decode, or for a repeated id.
    static func decode(_ stored: [StoredHistory], in bytes: [UInt8]) throws(ProjectionError)
        -> [String: ChildHistory]
    {
        let slices = ConcurrentSlots<Result<[ChildHistory], ProjectionError>>.map(
            count: stored.count, sliceCount: decodeSliceCount,
            { range in Result { () throws(ProjectionError) in try StoredHistory.histories(stored[range], in: bytes) } },
            initial: .success([]))
        var histories: [String: ChildHistory] = [:]
        histories.reserveCapacity(stored.count)
        for slice in slices {
            for history in try slice.get() {
                guard histories.updateValue(history, forKey: history.childId) == nil else {
                    throw ProjectionError(.malformedCheckpoint, reason: "a history id appears twice")
                }
            }
        }
        return histories
    }

    private static func histories(_ stored: ArraySlice<StoredHistory>, in bytes: [UInt8]) throws(ProjectionError)
        -> [ChildHistory]
    {
        var histories: [ChildHistory] = []
        histories.reserveCapacity(stored.count)
        for history in stored { histories.append(try history.history(in: bytes)) }
        return histories
    }

    private func history(in bytes: [UInt8]) throws(ProjectionError) -> ChildHistory {
        ChildHistory(
            childId: id, events: try Self.effective(events, in: bytes), unresolvedSupersessionPositions: unresolved,
            supersessions: try Self.effective(supersessions, in: bytes).map {
                Supersession(position: $0.position, event: $0.event)
            },
            supersededOriginals: try Self.effective(originals, in: bytes))
    }

    private static func effective(_ events: [StoredEvent], in bytes: [UInt8]) throws(ProjectionError)
        -> [EffectiveEvent]
    {
        var decoded: [EffectiveEvent] = []
        decoded.reserveCapacity(events.count)
        for stored in events {
            do {
                let event = try CaseEvent.decode(jsonBytes: Array(bytes[stored.bytes]), rejectingUnknownKeys: false)
                decoded.append(
                    EffectiveEvent(event: event, position: stored.position, correctionPositions: stored.corrections))
            } catch {
                throw ProjectionError(.malformedCheckpoint, position: stored.position, reason: "event: \(error.kind)")
            }
        }
        return decoded
    }
}
