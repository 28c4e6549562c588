/// One event of the catalogue: the common envelope plus a typed payload.
///
/// Invariant (checked by `init`): the envelope carries the subject id of the payload's stream, so
/// `streamID` always exists.
public struct CaseEvent: Hashable, Sendable {
    /// The common fields.
    public let envelope: EventEnvelope
    /// The typed payload; use `data(as:)` or `switch event.data { case let x as ReferralReceived: … }`.
    public let data: any EventData

    /// Creates an event, or throws `missingStreamSubject` if the envelope lacks the stream's subject id.
    public init(envelope: EventEnvelope, data: any EventData) throws(CaseEventError) {
        let kind = data.targetStreamKind
        guard kind.subjectID(in: envelope) != nil else {
            throw CaseEventError(
                kind: .missingStreamSubject, path: kind.subjectField, typeName: type(of: data).typeName)
        }
        self.envelope = envelope
        self.data = data
    }

    /// The `type` string.
    public var typeName: String { type(of: data).typeName }
    /// The payload's schema version.
    public var schemaVersion: Int { type(of: data).schemaVersion }
    /// The event id (also the EventStore source id).
    public var eventId: String { envelope.eventId }
    /// The stream family.
    public var streamKind: StreamKind { data.targetStreamKind }

    /// `child-<childId>`, `household-<householdId>`, `board-<boardId>` or `scr-<reviewId>`.
    public var streamID: String {
        guard let subject = streamKind.subjectID(in: envelope) else {
            preconditionFailure("CaseEvent invariant: \(typeName) has no \(streamKind.subjectField)")
        }
        return streamKind.prefix + subject
    }

    /// The payload as `type`, or nil if it is another type.
    public func data<T: EventData>(as type: T.Type) -> T? { data as? T }

    /// Equal envelopes and equal payloads of the same type.
    public static func == (a: CaseEvent, b: CaseEvent) -> Bool {
        a.envelope == b.envelope && a.data.isEqual(to: b.data)
    }

    /// Hashes the envelope and payload.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(envelope)
        data.hash(into: &hasher)
    }
}
