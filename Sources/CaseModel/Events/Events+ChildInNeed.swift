import LedgerCalendar

// Child in need plan, DOMAIN.md §3.5.

/// A CIN plan began (census `CINPlanStartDate` = `occurredOn`).
public struct CinPlanStarted: ChildEventData {
    /// `CinPlanStarted`, version 1.
    public static let typeName = "CinPlanStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a CIN plan.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .cinPlan)

    /// The lead professional's id.
    public var leadProfessionalId: String?

    /// Creates the payload.
    public init(leadProfessionalId: String? = nil) { self.leadProfessionalId = leadProfessionalId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(leadProfessionalId, at: "data.leadProfessionalId")
    }
}

/// A CIN plan ended (census `CINPlanEndDate` = `occurredOn`).
public struct CinPlanEnded: ChildEventData {
    /// `CinPlanEnded`, version 1.
    public static let typeName = "CinPlanEnded"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a CIN plan.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .cinPlan)

    /// Why it ended.
    public var reason: CinPlanEndReason

    /// Creates the payload.
    public init(reason: CinPlanEndReason) { self.reason = reason }
}

/// A CIN planning or review meeting was held.
public struct CinMeetingHeld: ChildEventData {
    /// `CinMeetingHeld`, version 1.
    public static let typeName = "CinMeetingHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// First planning meeting or review.
    public var meetingKind: CinMeetingKind
    /// When the minutes were shared with the partner agencies (Oldham: within 10 WD, 003 KPS4); nil until shared.
    public var minutesSharedOn: CivilDate?

    /// Creates the payload.
    public init(meetingKind: CinMeetingKind, minutesSharedOn: CivilDate? = nil) {
        self.meetingKind = meetingKind
        self.minutesSharedOn = minutesSharedOn
    }

    /// Minutes not shared before the meeting.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.order(start: envelope.occurredOn, end: minutesSharedOn, at: "data.minutesSharedOn")
    }
}
