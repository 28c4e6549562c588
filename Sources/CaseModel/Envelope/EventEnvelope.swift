import LedgerCalendar

/// The fields every event carries, whatever its type (DOMAIN.md §3.1).
///
/// `type` and `schemaVersion` are not stored here: they belong to the payload type (`EventData`).
public struct EventEnvelope: Hashable, Sendable, Codable {
    /// The event's id. Also the EventStore idempotency source id: a retry carries the same id.
    public var eventId: String
    /// The child the event concerns (required on `child` streams; optional context elsewhere).
    public var childId: String?
    /// The household (required on `household` streams).
    public var householdId: String?
    /// The case or referral-episode id, where the source system has one.
    public var caseId: String?
    /// The LSCB / partnership (required on `board` streams).
    public var boardId: String?
    /// The serious case review (required on `review` streams).
    public var reviewId: String?
    /// Valid time: the practice date on which the event happened.
    public var occurredOn: CivilDate
    /// Valid time to the second, where known (required by hour-based rules).
    public var occurredAt: Instant?
    /// When the event was written on the source system.
    public var recordedAt: Instant
    /// Who recorded it and who decided.
    public var actor: Actor
    /// Recorded reasons (free text; never repeated in errors or logs).
    public var rationale: String?
    /// The system the event came from, e.g. a migrated case-management system.
    public var sourceSystem: String?
    /// The record's id in `sourceSystem`.
    public var sourceRef: String?
    /// Further child ids a decision covers ("all the children in the household", DOMAIN.md §3.1), besides
    /// `childId`. Nil (omitted from JSON) when the event concerns one child only.
    public var subjects: [String]?
    /// A restriction on who may see the event's content (DOMAIN.md §3.1, §9); nil when unrestricted.
    public var disclosure: Disclosure?
    /// How precisely the event's valid time is known; nil when `occurredOn` (and `occurredAt`, if present) are
    /// exact.
    public var precision: OccurrencePrecision?

    /// Creates an envelope.
    public init(
        eventId: String, childId: String? = nil, householdId: String? = nil, caseId: String? = nil,
        boardId: String? = nil, reviewId: String? = nil, occurredOn: CivilDate, occurredAt: Instant? = nil,
        recordedAt: Instant, actor: Actor, rationale: String? = nil, sourceSystem: String? = nil,
        sourceRef: String? = nil, subjects: [String]? = nil, disclosure: Disclosure? = nil,
        precision: OccurrencePrecision? = nil
    ) {
        self.eventId = eventId
        self.childId = childId
        self.householdId = householdId
        self.caseId = caseId
        self.boardId = boardId
        self.reviewId = reviewId
        self.occurredOn = occurredOn
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.actor = actor
        self.rationale = rationale
        self.sourceSystem = sourceSystem
        self.sourceRef = sourceRef
        self.subjects = subjects
        self.disclosure = disclosure
        self.precision = precision
    }

    /// The JSON keys of the envelope (the top-level keys besides `type`, `schemaVersion` and `data`).
    public static let fieldNames: Set<String> = [
        "eventId", "childId", "householdId", "caseId", "boardId", "reviewId", "occurredOn", "occurredAt",
        "recordedAt", "actor", "rationale", "sourceSystem", "sourceRef", "subjects", "disclosure", "precision",
    ]
}
