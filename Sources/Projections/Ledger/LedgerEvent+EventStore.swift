import CaseModel
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
        /// A recovery record, a record outside the case model (not a case stream) or one whose payload was
        /// erased by a redaction: not projected.
        case outside
    }

    /// Decodes a recorded event's payload (canonical JSON of a catalogue event).
    ///
    /// A record of a case stream (`StreamKind(streamName:)`) must decode as a catalogue event whose stream is
    /// that stream; one that does not is skipped, with the decoding error's kind and path as the reason.
    static func decode(_ recorded: RecordedEvent) -> Decoded {
        // An erased payload (docs/redaction.md) is no content at all: its `Redacted` event stands for it.
        guard recorded.kind == .event, !recorded.payloadErased, StreamKind(streamName: recorded.stream) != nil else {
            return .outside
        }
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
        var reading = LedgerReading()
        try readBatches(from: store, fromPosition: position) { reading.append($0) }
        return reading
    }

    /// Reads `store` from `position` on in batches of at most `decodeBatchRecordCountMax` records, decodes each
    /// batch on all cores and hands it to `body` in ledger order, so a fold holds one batch at a time, not the
    /// whole ledger.
    ///
    /// - Throws: the store's own errors, and whatever `body` throws.
    public static func readBatches(
        from store: EventStore, fromPosition position: UInt64 = 0, _ body: (LedgerReading) throws -> Void
    ) throws {
        var cursor = try store.events(fromPosition: position)
        var batch: [RecordedEvent] = []
        batch.reserveCapacity(decodeBatchRecordCountMax)
        while let recorded = try cursor.next() {
            batch.append(recorded)
            if batch.count == decodeBatchRecordCountMax {
                try body(decodeConcurrently(batch))
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(decodeConcurrently(batch)) }
    }

    /// The case events and skipped records of `records`, in order, decoded in slices on all cores.
    static func decodeConcurrently(_ records: [RecordedEvent]) -> LedgerReading {
        let results = ConcurrentSlots.map(
            count: records.count, sliceCount: decodeSliceCount, { decode(records[$0]) }, initial: LedgerReading())
        var reading = LedgerReading()
        reading.events.reserveCapacity(records.count)
        for result in results { reading.append(result) }
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
