import LedgerCalendar

// Corrections and retractions (DOMAIN.md §3.1, §9): nothing is edited; these events supersede others.
// Both go to the stream of the event they supersede, so the envelope carries the same subject id.

/// An earlier event was wrong; `replacement` is what it should have said.
public struct EventCorrected: EventData {
    /// `EventCorrected`, version 1.
    public static let typeName = "EventCorrected"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Nominal: the real stream kind is the replacement type's (`targetStreamKind`).
    public static let streamKind = StreamKind.child

    /// The `eventId` of the superseded event.
    public var correctedEventId: String
    /// Why (free text; never repeated in errors).
    public var reason: String
    /// The corrected valid time and payload.
    public var replacement: EventReplacement

    /// Creates the payload.
    public init(correctedEventId: String, reason: String, replacement: EventReplacement) {
        self.correctedEventId = correctedEventId
        self.reason = reason
        self.replacement = replacement
    }

    /// The replacement type's stream kind.
    public var targetStreamKind: StreamKind { type(of: replacement.data).streamKind }

    /// Link id, reason length, no self-reference, no correction, retraction or redaction as the replacement, and
    /// the replacement's rules.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues =
            IssueRules.id(correctedEventId, at: "data.correctedEventId") + IssueRules.text(reason, at: "data.reason")
        if correctedEventId == envelope.eventId {
            issues.append(
                ValidationIssue(path: "data.correctedEventId", value: correctedEventId, reason: .selfReference))
        }
        if replacement.data is EventCorrected || replacement.data is EventRetracted || replacement.data is Redacted {
            issues.append(
                ValidationIssue(
                    path: "data.replacement.type", value: replacement.typeName, reason: .replacementNotAllowed))
        }
        var replaced = envelope
        replaced.occurredOn = replacement.occurredOn
        replaced.occurredAt = replacement.occurredAt
        return issues
            + replacement.data.issues(in: replaced).map { issue in
                var moved = issue
                moved.path = "data.replacement." + issue.path
                return moved
            }
    }

    /// Equal fields.
    public static func == (a: EventCorrected, b: EventCorrected) -> Bool {
        a.correctedEventId == b.correctedEventId && a.reason == b.reason && a.replacement == b.replacement
    }
}

/// The corrected content of an event: its valid time and its payload (of any catalogue type).
///
/// JSON: `{"type":…, "schemaVersion":…, "occurredOn":…, "occurredAt":…, "data":{…}}`.
public struct EventReplacement: Hashable, Sendable, Codable {
    /// The corrected valid date.
    public var occurredOn: CivilDate
    /// The corrected instant, if any.
    public var occurredAt: Instant?
    /// The corrected payload.
    public var data: any EventData

    /// Creates a replacement.
    public init(occurredOn: CivilDate, occurredAt: Instant? = nil, data: any EventData) {
        self.occurredOn = occurredOn
        self.occurredAt = occurredAt
        self.data = data
    }

    /// The replacement payload's `type`.
    public var typeName: String { type(of: data).typeName }

    private enum CodingKeys: String, CodingKey { case type, schemaVersion, occurredOn, occurredAt, data }

    /// Decodes by `type`; an unknown type or unsupported version throws `CaseEventError`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = CodingPathText.render(decoder.codingPath)
        let dataType = try EventCatalogue.resolve(
            typeName: container.decode(String.self, forKey: .type),
            schemaVersion: container.decode(Int.self, forKey: .schemaVersion), at: path)
        occurredOn = try container.decode(CivilDate.self, forKey: .occurredOn)
        occurredAt = try container.decodeIfPresent(Instant.self, forKey: .occurredAt)
        data = try container.decode(dataType, forKey: .data)
    }

    /// Encodes type, version, valid time and payload.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .type)
        try container.encode(type(of: data).schemaVersion, forKey: .schemaVersion)
        try container.encode(occurredOn, forKey: .occurredOn)
        try container.encodeIfPresent(occurredAt, forKey: .occurredAt)
        try container.encode(data, forKey: .data)
    }

    /// Equal valid time and equal payloads of the same type.
    public static func == (a: EventReplacement, b: EventReplacement) -> Bool {
        a.occurredOn == b.occurredOn && a.occurredAt == b.occurredAt && a.data.isEqual(to: b.data)
    }

    /// Hashes valid time and payload.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(occurredOn)
        hasher.combine(occurredAt)
        data.hash(into: &hasher)
    }
}

/// An earlier event should not have been recorded (e.g. entered on the wrong child's file).
public struct EventRetracted: EventData {
    /// `EventRetracted`, version 1.
    public static let typeName = "EventRetracted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Nominal: the real stream kind is the retracted type's (`targetStreamKind`).
    public static let streamKind = StreamKind.child

    /// The `eventId` of the retracted event.
    public var retractedEventId: String
    /// The retracted event's `type` (decides the stream); must be a catalogue type.
    public var retractedType: String
    /// Why (free text; never repeated in errors).
    public var reason: String

    /// Creates the payload.
    public init(retractedEventId: String, retractedType: String, reason: String) {
        self.retractedEventId = retractedEventId
        self.retractedType = retractedType
        self.reason = reason
    }

    /// The retracted type's stream kind (`.child` if the type is unknown; validation reports that).
    public var targetStreamKind: StreamKind { IssueRules.streamKind(ofTypeNamed: retractedType) }

    /// Link id, known type, reason length, no self-reference.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.eventLink(
            eventId: retractedEventId, typeName: retractedType, in: envelope, at: ("retractedEventId", "retractedType"))
            + IssueRules.text(reason, at: "data.reason")
    }
}
