import CaseModel
import LedgerCalendar
import Projections
import TextFormats

/// One event of a replay as it stood at the knowledge time: its effective form (corrections known by then
/// applied), the record that first carried it, the corrections that changed it and, if it had been retracted
/// by then, the retraction. A retracted event stays in the replay so that it can be shown struck through.
public struct ReplayedEvent: Hashable, Sendable {
    /// The event with the corrections known at the knowledge time applied.
    public var effective: EffectiveEvent
    /// The record that first carried the event (its record time, actor and ledger time are the original's).
    public var original: LedgerEvent
    /// The corrections known at the knowledge time, in ledger order.
    public var corrections: [Revision]
    /// The retraction, if one was known at the knowledge time.
    public var retraction: Revision?

    /// Creates a replayed event.
    public init(effective: EffectiveEvent, original: LedgerEvent, corrections: [Revision], retraction: Revision?) {
        self.effective = effective
        self.original = original
        self.corrections = corrections
        self.retraction = retraction
    }

    /// Whether the event had been retracted by the knowledge time.
    public var isRetracted: Bool { retraction != nil }
    /// The stream subject (the child id, or the household id for a household event).
    public var subjectId: String {
        effective.event.envelope.childId ?? effective.event.envelope.householdId ?? ""
    }
}

/// A correction or retraction of an event: where and when it was recorded, by whom, why, and (for a
/// correction) what the event said before it.
public struct Revision: Hashable, Sendable {
    /// Corrected or retracted.
    public enum Kind: String, Hashable, Sendable {
        /// `EventCorrected`.
        case corrected
        /// `EventRetracted`.
        case retracted
    }

    /// What the revision did.
    public var kind: Kind
    /// The ledger position of the correction or retraction.
    public var position: UInt64
    /// Its record time on the case system.
    public var recordedAt: Instant
    /// Who recorded it.
    public var recordedBy: String
    /// Why (free text, as recorded).
    public var reason: String
    /// What the event said before a correction; nil for a retraction.
    public var replaced: EventVersion?
}

/// One version of an event's content: valid date, type and payload fields.
public struct EventVersion: Hashable, Sendable {
    /// The valid date (London date of the instant where there is one).
    public var validDate: CivilDate
    /// The payload type.
    public var typeName: String
    /// The payload's top-level fields.
    public var fields: [String: JSONValue]

    /// The version an event carries.
    init(_ event: CaseEvent) {
        self.init(occurredOn: event.envelope.occurredOn, occurredAt: event.envelope.occurredAt, data: event.data)
    }

    /// The version a correction's replacement carries.
    init(_ replacement: EventReplacement) {
        self.init(occurredOn: replacement.occurredOn, occurredAt: replacement.occurredAt, data: replacement.data)
    }

    private init(occurredOn: CivilDate, occurredAt: Instant?, data: any EventData) {
        validDate = occurredAt?.londonDate ?? occurredOn
        typeName = type(of: data).typeName
        let encoded = try? JSONValueEncoder().encode(data)
        if case .object(let members)? = encoded { fields = members } else { fields = [:] }
    }
}
