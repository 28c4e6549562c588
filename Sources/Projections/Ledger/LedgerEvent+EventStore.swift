import CaseModel
import Dispatch
import EventStore

extension LedgerEvent {
    /// Records read before their payloads are decoded together: bounds the undecoded bytes held at once.
    public static let decodeBatchRecordCountMax = 4_096
    /// Slices a decode batch is cut into, so that every core gets work and a slow slice does not idle the rest.
    static let decodeSliceCount = 16

    /// Decodes a recorded event's payload (canonical JSON of a catalogue event).
    ///
    /// - Returns: nil for a store-written recovery record, which carries no case event.
    /// - Throws: `ProjectionError.undecodableEvent` naming the position and the decoding error's kind.
    public init?(recorded: RecordedEvent) throws(ProjectionError) {
        guard recorded.kind == .event else { return nil }
        let event: CaseEvent
        do {
            // Canonical bytes written through this catalogue: the import already refused unknown keys.
            event = try CaseEvent.decode(jsonBytes: recorded.payload, rejectingUnknownKeys: false)
        } catch {
            throw ProjectionError(.undecodableEvent, position: recorded.position, reason: "\(error.kind)")
        }
        self.init(
            position: recorded.position, chainHash: recorded.chainHash,
            ledgerTimestampNanoseconds: recorded.ledgerTimestampNanoseconds, event: event)
    }

    /// Every case event of `store` from `position` on, in ledger order (recovery records skipped).
    ///
    /// The store is read in order on the calling thread; payloads are decoded in batches on all cores.
    ///
    /// - Throws: `ProjectionError.undecodableEvent` for a payload that is not a catalogue event; the
    ///   store's own errors (corruption, I/O) are rethrown as they are. Either way, the error thrown is the
    ///   one at the lowest position, as if the events were read and decoded one by one.
    public static func readAll(from store: EventStore, fromPosition position: UInt64 = 0) throws -> [LedgerEvent] {
        var cursor = try store.events(fromPosition: position)
        var events: [LedgerEvent] = []
        var batch: [RecordedEvent] = []
        batch.reserveCapacity(decodeBatchRecordCountMax)
        while true {
            let recorded: RecordedEvent?
            do {
                recorded = try cursor.next()
            } catch {
                events += try decodeConcurrently(batch)  // an undecodable event before the failure comes first
                throw error
            }
            guard let recorded else { break }
            batch.append(recorded)
            if batch.count == decodeBatchRecordCountMax {
                events += try decodeConcurrently(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        events += try decodeConcurrently(batch)
        return events
    }

    /// The case events of `records`, in order, decoded in slices on all cores.
    ///
    /// - Throws: the `ProjectionError` of the first undecodable record, in order.
    static func decodeConcurrently(_ records: [RecordedEvent]) throws(ProjectionError) -> [LedgerEvent] {
        let sliceSize = max(1, (records.count + decodeSliceCount - 1) / decodeSliceCount)
        let sliceCount = (records.count + sliceSize - 1) / sliceSize  // every slice non-empty
        let slots = DecodeSlots(count: sliceCount)
        DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
            let range = slice * sliceSize..<min((slice + 1) * sliceSize, records.count)
            slots.store(Result { () throws(ProjectionError) in try decode(records[range]) }, at: slice)
        }
        var events: [LedgerEvent] = []
        events.reserveCapacity(records.count)
        for result in slots.results { events += try result.get() }
        return events
    }

    /// The case events of `records`, in order, decoded on the calling thread.
    private static func decode(_ records: ArraySlice<RecordedEvent>) throws(ProjectionError) -> [LedgerEvent] {
        var events: [LedgerEvent] = []
        events.reserveCapacity(records.count)
        for recorded in records {
            if let event = try LedgerEvent(recorded: recorded) { events.append(event) }
        }
        return events
    }
}

/// One result slot per slice of a concurrent decode.
///
/// `@unchecked Sendable` is safe: each `concurrentPerform` iteration writes only its own slot, no slot is
/// read until `concurrentPerform` has returned (which orders every write before the reads), and the
/// storage is owned by this object and freed only in `deinit`.
private final class DecodeSlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result<[LedgerEvent], ProjectionError>>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: .success([]))
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Stores the result of slice `index`; called once per slice, from that slice's iteration only.
    func store(_ result: Result<[LedgerEvent], ProjectionError>, at index: Int) { storage[index] = result }

    /// The results in slice order; read only after every slice has stored its result.
    var results: [Result<[LedgerEvent], ProjectionError>] { Array(storage) }
}
