import LedgerCalendar

/// Who recorded an event and, where different, who made the decision it records (DOMAIN.md §3.1).
public struct Actor: Hashable, Sendable, Codable {
    /// The worker (user) id that recorded the event on the source system.
    public var recordedBy: String
    /// The recorder's team id.
    public var team: String?
    /// The recorder's agency id (LA, police force, health trust).
    public var agency: String?
    /// The decision-maker, e.g. the manager who authorised an assessment.
    public var decidedBy: String?
    /// The manager who authorised the decision, where authorisation is a separate step (DOMAIN.md §3.1).
    public var authorisedBy: String?
    /// When it was authorised; needs `authorisedBy`, and is not after `recordedAt`.
    public var authorisedAt: Instant?

    /// Creates an actor.
    public init(
        recordedBy: String, team: String? = nil, agency: String? = nil, decidedBy: String? = nil,
        authorisedBy: String? = nil, authorisedAt: Instant? = nil
    ) {
        self.recordedBy = recordedBy
        self.team = team
        self.agency = agency
        self.decidedBy = decidedBy
        self.authorisedBy = authorisedBy
        self.authorisedAt = authorisedAt
    }
}
