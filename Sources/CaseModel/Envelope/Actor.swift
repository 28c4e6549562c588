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

    /// Creates an actor.
    public init(recordedBy: String, team: String? = nil, agency: String? = nil, decidedBy: String? = nil) {
        self.recordedBy = recordedBy
        self.team = team
        self.agency = agency
        self.decidedBy = decidedBy
    }
}
