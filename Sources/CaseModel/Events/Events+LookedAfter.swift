// Looked after (mention only; detail belongs to SSDA903), DOMAIN.md §3.9. Entry and exit are in
// Events+Protection.swift; timescales (Oldham IHA, LAC reviews) are in DOMAIN.md §4.4.

/// A care planning meeting was held.
public struct CarePlanningMeetingHeld: ChildEventData {
    /// `CarePlanningMeetingHeld`, version 1.
    public static let typeName = "CarePlanningMeetingHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Ids of the agencies that attended.
    public var attendingAgencies: [String]

    /// Creates the payload.
    public init(attendingAgencies: [String] = []) { self.attendingAgencies = attendingAgencies }

    /// Agency ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
    }
}

/// An initial health assessment was requested. Needs `occurredAt`: Oldham's local rule is 5 WD or 48 h.
public struct IhaRequested: ChildEventData {
    /// `IhaRequested`, version 1.
    public static let typeName = "IhaRequested"
    /// Current schema version.
    public static let schemaVersion = 1
    /// An instant is required.
    public static let requiresInstant = true

    /// The health provider's id.
    public var healthProviderId: String?

    /// Creates the payload.
    public init(healthProviderId: String? = nil) { self.healthProviderId = healthProviderId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(healthProviderId, at: "data.healthProviderId")
    }
}

/// An initial health assessment was completed.
public struct IhaCompleted: ChildEventData {
    /// `IhaCompleted`, version 1.
    public static let typeName = "IhaCompleted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The health provider's id.
    public var healthProviderId: String?

    /// Creates the payload.
    public init(healthProviderId: String? = nil) { self.healthProviderId = healthProviderId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(healthProviderId, at: "data.healthProviderId")
    }
}

/// A looked-after child review was held (chaired by the IRO).
public struct LacReviewHeld: ChildEventData {
    /// `LacReviewHeld`, version 1.
    public static let typeName = "LacReviewHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The review's number in this period of care, from 1 (the first review has its own timescale).
    public var reviewNumber: Int
    /// The Independent Reviewing Officer's id.
    public var iroId: String?

    /// Creates the payload.
    public init(reviewNumber: Int, iroId: String? = nil) {
        self.reviewNumber = reviewNumber
        self.iroId = iroId
    }

    /// Number in range; id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.smallCount(reviewNumber, minimum: 1, at: "data.reviewNumber")
            + IssueRules.id(iroId, at: "data.iroId")
    }
}

/// A looked-after child moved placement.
public struct PlacementChanged: ChildEventData {
    /// `PlacementChanged`, version 1.
    public static let typeName = "PlacementChanged"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The new placement's kind.
    public var placement: PlacementKind
    /// The new placement's id (a carer or provider reference).
    public var placementId: String?

    /// Creates the payload.
    public init(placement: PlacementKind, placementId: String? = nil) {
        self.placement = placement
        self.placementId = placementId
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(placementId, at: "data.placementId")
    }
}

/// The health plan from the initial health assessment was sent to the social worker (DOMAIN.md §3.9).
public struct HealthPlanSent: ChildEventData {
    /// `HealthPlanSent`, version 1.
    public static let typeName = "HealthPlanSent"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The health provider's id.
    public var healthProviderId: String?

    /// Creates the payload.
    public init(healthProviderId: String? = nil) { self.healthProviderId = healthProviderId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(healthProviderId, at: "data.healthProviderId")
    }
}

/// A Personal Education Plan meeting was requested (DOMAIN.md §3.9).
public struct PepMeetingRequested: ChildEventData {
    /// `PepMeetingRequested`, version 1.
    public static let typeName = "PepMeetingRequested"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The school's id.
    public var schoolId: String?

    /// Creates the payload.
    public init(schoolId: String? = nil) { self.schoolId = schoolId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(schoolId, at: "data.schoolId") }
}
