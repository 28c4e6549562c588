import CaseModel
import Dispatch
import EventStore

extension LedgerEvent {
    /// Records read before their payloads are decoded together: bounds the undecoded bytes held at once.
    public static let decodeBatchRecordCountMax = 4_096
    /// Slices a decode batch is cut into, so that every core gets work and a slow slice does not idle the rest.
    static let decodeSliceCount = 16

    /// What reading one record gives the projections.
    enum Decoded {
        /// A case event.
        case event(LedgerEvent)
        /// A case-stream record that does not decode.
        case skipped(SkippedRecord)
        /// A recovery record, or a record outside the case model (not a case stream): not projected.
        case outside
    }

    /// Decodes a recorded event's payload (canonical JSON of a catalogue event).
    ///
    /// A record of a case stream (`StreamKind(streamName:)`) must decode as a catalogue event whose stream is
    /// that stream; one that does not is skipped, with the decoding error's kind and path as the reason.
    static func decode(_ recorded: RecordedEvent) -> Decoded {
        guard recorded.kind == .event, StreamKind(streamName: recorded.stream) != nil else { return .outside }
        let reason: String
        do {
            // Canonical bytes written through this catalogue: the import already refused unknown keys.
            let event = try CaseEvent.decode(jsonBytes: recorded.payload, rejectingUnknownKeys: false)
            if event.streamID == recorded.stream {
                return .event(
                    LedgerEvent(
                        position: recorded.position, chainHash: recorded.chainHash,
                        ledgerTimestampNanoseconds: recorded.ledgerTimestampNanoseconds, event: event))
            }
            reason = "wrongStream: its \(event.streamKind.subjectField) names another stream"
        } catch {
            reason = "\(error.kind.rawValue) at \(error.path.isEmpty ? "event" : error.path)"
        }
        return .skipped(
            SkippedRecord(
                position: recorded.position, chainHash: recorded.chainHash, stream: recorded.stream,
                type: recorded.type, reason: reason))
    }

    /// Every case event of `store` from `position` on, in ledger order, and the case-stream records that
    /// do not decode (skipped, not thrown: see `SkippedRecord`). Recovery records and records of streams
    /// outside the case model are in neither list.
    ///
    /// The store is read in order on the calling thread; payloads are decoded in batches on all cores.
    ///
    /// - Throws: the store's own errors (corruption, I/O), as they are.
    public static func readAll(from store: EventStore, fromPosition position: UInt64 = 0) throws -> LedgerReading {
        var cursor = try store.events(fromPosition: position)
        var reading = LedgerReading()
        var batch: [RecordedEvent] = []
        batch.reserveCapacity(decodeBatchRecordCountMax)
        while true {
            let recorded: RecordedEvent?
            recorded = try cursor.next()
            guard let recorded else { break }
            batch.append(recorded)
            if batch.count == decodeBatchRecordCountMax {
                reading.append(decodeConcurrently(batch))
                batch.removeAll(keepingCapacity: true)
            }
        }
        reading.append(decodeConcurrently(batch))
        return reading
    }

    /// The case events and skipped records of `records`, in order, decoded in slices on all cores.
    static func decodeConcurrently(_ records: [RecordedEvent]) -> LedgerReading {
        let sliceSize = max(1, (records.count + decodeSliceCount - 1) / decodeSliceCount)
        let sliceCount = (records.count + sliceSize - 1) / sliceSize  // every slice non-empty
        let slots = DecodeSlots(count: sliceCount)
        DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
            let range = slice * sliceSize..<min((slice + 1) * sliceSize, records.count)
            slots.store(decode(records[range]), at: slice)
        }
        var reading = LedgerReading()
        reading.events.reserveCapacity(records.count)
        for result in slots.results { reading.append(result) }
        return reading
    }

    /// The case events and skipped records of `records`, in order, decoded on the calling thread.
    private static func decode(_ records: ArraySlice<RecordedEvent>) -> LedgerReading {
        var reading = LedgerReading()
        reading.events.reserveCapacity(records.count)
        for recorded in records {
            switch decode(recorded) {
            case .event(let event): reading.events.append(event)
            case .skipped(let record): reading.skipped.append(record)
            case .outside: continue
            }
        }
        return reading
    }
}

/// One result slot per slice of a concurrent decode.
///
/// `@unchecked Sendable` is safe: each `concurrentPerform` iteration writes only its own slot, no slot is
/// read until `concurrentPerform` has returned (which orders every write before the reads), and the
/// storage is owned by this object and freed only in `deinit`.
private final class DecodeSlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<LedgerReading>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: LedgerReading())
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Stores the result of slice `index`; called once per slice, from that slice's iteration only.
    func store(_ result: LedgerReading, at index: Int) { storage[index] = result }

    /// The results in slice order; read only after every slice has stored its result.
    var results: [LedgerReading] { Array(storage) }
}
