// Allegations against people who work with children (LADO), DOMAIN.md §3.11. On the child's stream.

/// An allegation reached the employer (starts the 1 WD LADO clock).
public struct AllegationReceived: ChildEventData {
    /// `AllegationReceived`, version 1.
    public static let typeName = "AllegationReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The WT2013 ch.2 criteria the allegation meets (at least one).
    public var harmCriteria: [HarmCriterion]
    /// The person is a volunteer (false: paid).
    public var personIsVolunteer: Bool

    /// Creates the payload.
    public init(harmCriteria: [HarmCriterion], personIsVolunteer: Bool) {
        self.harmCriteria = harmCriteria
        self.personIsVolunteer = personIsVolunteer
    }

    /// Criteria listed once each.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.count(harmCriteria, at: "data.harmCriteria")
            + IssueRules.duplicates(harmCriteria, at: "data.harmCriteria")
    }
}

/// The LADO was informed.
public struct LadoNotified: ChildEventData {
    /// `LadoNotified`, version 1.
    public static let typeName = "LadoNotified"
    /// Current schema version.
    public static let schemaVersion = 1

    /// By the employer or by the police.
    public var channel: LadoChannel

    /// Creates the payload.
    public init(channel: LadoChannel) { self.channel = channel }
}

/// The outcome of an allegation.
public struct AllegationOutcome: ChildEventData {
    /// `AllegationOutcome`, version 1.
    public static let typeName = "AllegationOutcome"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The outcome.
    public var outcome: AllegationOutcomeKind

    /// Creates the payload.
    public init(outcome: AllegationOutcomeKind) { self.outcome = outcome }
}
