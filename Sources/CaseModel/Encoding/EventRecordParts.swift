/// What the importer hands to `EventStore` for one event (docs/event-encoding.md): CaseModel does not
/// depend on EventStore, so this is the mapping, not the store's record type.
public struct EventRecordParts: Hashable, Sendable {
    /// `child-<childId>` etc.
    public var streamID: String
    /// The event `type`.
    public var typeName: String
    /// The payload schema version.
    public var schemaVersion: Int
    /// The idempotency source id: the `eventId`.
    public var sourceID: String
    /// The canonical JSON bytes of the whole event.
    public var payload: [UInt8]
    /// Record metadata: empty in schema version 1 of the encoding.
    public var metadata: [UInt8]
}

extension CaseEvent {
    /// The EventStore record fields for this event.
    public var recordParts: EventRecordParts {
        EventRecordParts(
            streamID: streamID, typeName: typeName, schemaVersion: schemaVersion, sourceID: eventId,
            payload: canonicalBytes, metadata: [])
    }
}
