import CaseModel
import EventStore

extension LedgerEvent {
    /// Decodes a recorded event's payload (canonical JSON of a catalogue event).
    ///
    /// - Returns: nil for a store-written recovery record, which carries no case event.
    /// - Throws: `ProjectionError.undecodableEvent` naming the position and the decoding error's kind.
    public init?(recorded: RecordedEvent) throws(ProjectionError) {
        guard recorded.kind == .event else { return nil }
        let event: CaseEvent
        do {
            event = try CaseEvent.decode(jsonBytes: recorded.payload)
        } catch {
            throw ProjectionError(.undecodableEvent, position: recorded.position, reason: "\(error.kind)")
        }
        self.init(
            position: recorded.position, chainHash: recorded.chainHash,
            ledgerTimestampNanoseconds: recorded.ledgerTimestampNanoseconds, event: event)
    }

    /// Every case event of `store` from `position` on, in ledger order (recovery records skipped).
    ///
    /// - Throws: `ProjectionError.undecodableEvent` for a payload that is not a catalogue event; the
    ///   store's own errors (corruption, I/O) are rethrown as they are.
    public static func readAll(from store: EventStore, fromPosition position: UInt64 = 0) throws -> [LedgerEvent] {
        var cursor = try store.events(fromPosition: position)
        var events: [LedgerEvent] = []
        while let recorded = try cursor.next() {
            if let event = try LedgerEvent(recorded: recorded) { events.append(event) }
        }
        return events
    }
}
