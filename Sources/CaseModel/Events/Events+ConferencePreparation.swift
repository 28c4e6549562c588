import LedgerCalendar

// Conference preparation and professional challenge, DOMAIN.md §3.7 and §3.8. The conferences themselves
// are in Events+ChildProtection.swift.

/// An ICPC was convened: invitations sent (Oldham: ≥5 WD notice, 003) for a target date (15 WD).
public struct IcpcConvened: ChildEventData {
    /// `IcpcConvened`, version 1.
    public static let typeName = "IcpcConvened"
    /// Current schema version.
    public static let schemaVersion = 1

    /// When the invitations were sent (not before convening).
    public var invitationsSentOn: CivilDate
    /// The date the conference is set for (not before the invitations).
    public var targetDate: CivilDate
    /// Ids of the invited agencies.
    public var invitedAgencies: [String]

    /// Creates the payload.
    public init(invitationsSentOn: CivilDate, targetDate: CivilDate, invitedAgencies: [String] = []) {
        self.invitationsSentOn = invitationsSentOn
        self.targetDate = targetDate
        self.invitedAgencies = invitedAgencies
    }

    /// Convened ≤ invitations sent ≤ target date; agency ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.order(start: envelope.occurredOn, end: invitationsSentOn, at: "data.invitationsSentOn")
            + IssueRules.order(start: invitationsSentOn, end: targetDate, at: "data.targetDate")
            + IssueRules.ids(invitedAgencies, at: "data.invitedAgencies")
    }
}

/// An agency submitted its report to a conference. Sharing with parents is decided with the police and the
/// chair (001).
public struct ConferenceReportSubmitted: ChildEventData {
    /// `ConferenceReportSubmitted`, version 1.
    public static let typeName = "ConferenceReportSubmitted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The submitting agency's id.
    public var agencyId: String
    /// Which conference.
    public var conferenceKind: ConferenceKind
    /// Sharing the report with the parents was agreed.
    public var shareWithParents: Bool
    /// When it was shared with them (needs `shareWithParents`; not before submission).
    public var sharedWithParentsOn: CivilDate?

    /// Creates the payload.
    public init(
        agencyId: String, conferenceKind: ConferenceKind, shareWithParents: Bool, sharedWithParentsOn: CivilDate? = nil
    ) {
        self.agencyId = agencyId
        self.conferenceKind = conferenceKind
        self.shareWithParents = shareWithParents
        self.sharedWithParentsOn = sharedWithParentsOn
    }

    /// Id well formed; a sharing date only when sharing was agreed, and not before submission.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = IssueRules.id(agencyId, at: "data.agencyId")
        if sharedWithParentsOn != nil, !shareWithParents {
            issues.append(ValidationIssue(path: "data.sharedWithParentsOn", reason: .inconsistentFlags))
        }
        return issues
            + IssueRules.order(start: envelope.occurredOn, end: sharedWithParentsOn, at: "data.sharedWithParentsOn")
    }
}

/// A professional requested a child protection conference (001; 003).
public struct ConferenceRequestedByProfessional: ChildEventData {
    /// `ConferenceRequestedByProfessional`, version 1.
    public static let typeName = "ConferenceRequestedByProfessional"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The requesting agency's id.
    public var requestingAgency: String
    /// Which conference was requested.
    public var conferenceKind: ConferenceKind

    /// Creates the payload.
    public init(requestingAgency: String, conferenceKind: ConferenceKind) {
        self.requestingAgency = requestingAgency
        self.conferenceKind = conferenceKind
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(requestingAgency, at: "data.requestingAgency")
    }
}

/// A professional's dissent from a decision was recorded (001; 003).
public struct ProfessionalDissentRecorded: ChildEventData {
    /// `ProfessionalDissentRecorded`, version 1.
    public static let typeName = "ProfessionalDissentRecorded"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The dissenting agency's id.
    public var agencyId: String
    /// The `eventId` of the decision dissented from, if recorded in the ledger.
    public var decisionEventId: String?

    /// Creates the payload.
    public init(agencyId: String, decisionEventId: String? = nil) {
        self.agencyId = agencyId
        self.decisionEventId = decisionEventId
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(agencyId, at: "data.agencyId") + IssueRules.id(decisionEventId, at: "data.decisionEventId")
    }
}

/// A professional escalated a concern about case handling (the local escalation protocol; 001; 003).
public struct EscalationRaised: ChildEventData {
    /// `EscalationRaised`, version 1.
    public static let typeName = "EscalationRaised"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The escalating agency's id.
    public var raisingAgency: String
    /// The stage of the escalation protocol reached, from 1.
    public var stage: Int?
    /// The `eventId` of the decision or event escalated, if recorded in the ledger.
    public var concernEventId: String?

    /// Creates the payload.
    public init(raisingAgency: String, stage: Int? = nil, concernEventId: String? = nil) {
        self.raisingAgency = raisingAgency
        self.stage = stage
        self.concernEventId = concernEventId
    }

    /// Ids well formed; the stage in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(raisingAgency, at: "data.raisingAgency")
            + IssueRules.id(concernEventId, at: "data.concernEventId")
            + IssueRules.smallCount(stage, minimum: 1, at: "data.stage")
    }
}
