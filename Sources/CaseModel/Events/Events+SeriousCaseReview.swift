// SCR lifecycle, DOMAIN.md §3.14 (stream `scr-<reviewId>`). Action-plan events are in Events+ActionPlan.swift.

/// A serious incident was notified to the LSCB where the child is normally resident.
public struct SeriousIncidentNotified: ReviewEventData {
    /// `SeriousIncidentNotified`, version 1.
    public static let typeName = "SeriousIncidentNotified"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Criterion (b)(i): the child died (including suspected suicide); false: (b)(ii) seriously harmed.
    public var childDied: Bool
    /// The death occurred in custody.
    public var deathInCustody: Bool

    /// Creates the payload.
    public init(childDied: Bool, deathInCustody: Bool) {
        self.childDied = childDied
        self.deathInCustody = deathInCustody
    }

    /// A death in custody implies a death.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard deathInCustody, !childDied else { return [] }
        return [ValidationIssue(path: "data.deathInCustody", reason: .inconsistentFlags)]
    }
}

/// The LSCB Chair decided whether to hold a review (normally ≤1 month from notification).
public struct ScrDecisionMade: ReviewEventData {
    /// `ScrDecisionMade`, version 1.
    public static let typeName = "ScrDecisionMade"
    /// Current schema version.
    public static let schemaVersion = 1

    /// SCR, alternative review or none.
    public var decision: ScrDecisionKind

    /// Creates the payload.
    public init(decision: ScrDecisionKind) { self.decision = decision }
}

/// The SCR report was completed (aim ≤6 months from initiation).
public struct ScrReportCompleted: ReviewEventData {
    /// `ScrReportCompleted`, version 1.
    public static let typeName = "ScrReportCompleted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields).
    public init() {}
}

/// The report was sent to the national panel (≥1 week before publication).
public struct ScrReportSentToNationalPanel: ReviewEventData {
    /// `ScrReportSentToNationalPanel`, version 1.
    public static let typeName = "ScrReportSentToNationalPanel"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields).
    public init() {}
}

/// The report was published (online ≥12 months).
public struct ScrPublished: ReviewEventData {
    /// `ScrPublished`, version 1.
    public static let typeName = "ScrPublished"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields).
    public init() {}
}
