// Redaction by crypto-shredding, DOMAIN.md §9: destroying an event's key removes its content without
// breaking the hash chain; this event documents why and on whose authority. For a mis-filed entry, redact it
// on child A and re-record it on child B with provenance.

/// An earlier event's content was redacted. Goes to the stream of the redacted event, like `EventRetracted`.
public struct Redacted: EventData {
    /// `Redacted`, version 1.
    public static let typeName = "Redacted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Nominal: the real stream kind is the redacted type's (`targetStreamKind`).
    public static let streamKind = StreamKind.child

    /// The `eventId` of the redacted event.
    public var redactedEventId: String
    /// The redacted event's `type` (decides the stream); must be a catalogue type.
    public var redactedType: String
    /// The lawful basis.
    public var legalBasis: RedactionLegalBasis
    /// The id of the person who authorised the redaction.
    public var authorisedBy: String

    /// Creates the payload.
    public init(redactedEventId: String, redactedType: String, legalBasis: RedactionLegalBasis, authorisedBy: String) {
        self.redactedEventId = redactedEventId
        self.redactedType = redactedType
        self.legalBasis = legalBasis
        self.authorisedBy = authorisedBy
    }

    /// The redacted type's stream kind (`.child` if the type is unknown; validation reports that).
    public var targetStreamKind: StreamKind { IssueRules.streamKind(ofTypeNamed: redactedType) }

    /// Link id, known type, no self-reference; authoriser id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.eventLink(
            eventId: redactedEventId, typeName: redactedType, in: envelope, at: ("redactedEventId", "redactedType"))
            + IssueRules.id(authorisedBy, at: "data.authorisedBy")
    }
}
