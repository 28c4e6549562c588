import LedgerCalendar

// Early help (pre-statutory), DOMAIN.md §3.2.

/// An early-help assessment (CAF / EHA / Family Help Tool) began.
public struct EarlyHelpAssessmentStarted: ChildEventData {
    /// `EarlyHelpAssessmentStarted`, version 1.
    public static let typeName = "EarlyHelpAssessmentStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens an early-help assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .earlyHelpAssessment)

    /// The assessment tool.
    public var tool: EarlyHelpTool
    /// The lead professional's id.
    public var leadProfessionalId: String?
    /// The lead professional's agency id.
    public var leadAgency: String?

    /// Creates the payload.
    public init(tool: EarlyHelpTool, leadProfessionalId: String? = nil, leadAgency: String? = nil) {
        self.tool = tool
        self.leadProfessionalId = leadProfessionalId
        self.leadAgency = leadAgency
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(leadProfessionalId, at: "data.leadProfessionalId")
            + IssueRules.id(leadAgency, at: "data.leadAgency")
    }
}

/// An early-help assessment was completed.
public struct EarlyHelpAssessmentCompleted: ChildEventData {
    /// `EarlyHelpAssessmentCompleted`, version 1.
    public static let typeName = "EarlyHelpAssessmentCompleted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes an early-help assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .earlyHelpAssessment)

    /// The child was seen and spoken to (Oldham: over-4s).
    public var childSeen: Bool
    /// The assessment led to a referral to children's social care (step-up).
    public var escalatedToSocialCare: Bool

    /// Creates the payload.
    public init(childSeen: Bool, escalatedToSocialCare: Bool) {
        self.childSeen = childSeen
        self.escalatedToSocialCare = escalatedToSocialCare
    }
}

/// A Team Around the Family / Team Around the Child meeting was held.
public struct TafMeetingHeld: ChildEventData {
    /// `TafMeetingHeld`, version 1.
    public static let typeName = "TafMeetingHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// TAF or TAC.
    public var meetingKind: EarlyHelpMeetingKind
    /// Ids of the agencies that attended.
    public var attendingAgencies: [String]
    /// The date set for the next review, if one was set.
    public var nextReviewOn: CivilDate?
    /// When the minutes and actions were distributed (Oldham: within 10 WD, 003 KPS2); nil until distributed.
    public var minutesDistributedOn: CivilDate?

    /// Creates the payload.
    public init(
        meetingKind: EarlyHelpMeetingKind, attendingAgencies: [String] = [], nextReviewOn: CivilDate? = nil,
        minutesDistributedOn: CivilDate? = nil
    ) {
        self.meetingKind = meetingKind
        self.attendingAgencies = attendingAgencies
        self.nextReviewOn = nextReviewOn
        self.minutesDistributedOn = minutesDistributedOn
    }

    /// Agency ids well formed; the next review and the minutes not before this meeting.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
            + IssueRules.order(start: envelope.occurredOn, end: nextReviewOn, at: "data.nextReviewOn")
            + IssueRules.order(start: envelope.occurredOn, end: minutesDistributedOn, at: "data.minutesDistributedOn")
    }
}
