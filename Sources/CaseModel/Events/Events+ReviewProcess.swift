import LedgerCalendar

// The SCR lifecycle between decision and publication, DOMAIN.md §3.14 (001, WT2013 ch.4; 000), stream
// `scr-<reviewId>`. Notification, decision, report and publication are in Events+SeriousCaseReview.swift.

/// The SCR decision was communicated to Ofsted and the national panel (`lscb.scr-decision-notify`).
public struct ScrDecisionCommunicated: ReviewEventData {
    /// `ScrDecisionCommunicated`, version 1.
    public static let typeName = "ScrDecisionCommunicated"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Who was told; at least one.
    public var recipients: [ScrDecisionRecipient]

    /// Creates the payload.
    public init(recipients: [ScrDecisionRecipient]) { self.recipients = recipients }

    /// At least one recipient, none repeated.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.nonEmpty(recipients, at: "data.recipients")
            + IssueRules.duplicates(recipients, at: "data.recipients")
    }
}

/// A lead reviewer, independent of the LSCB and the agencies, was appointed; names go to the national panel.
public struct ReviewerAppointed: ReviewEventData {
    /// `ReviewerAppointed`, version 1.
    public static let typeName = "ReviewerAppointed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The reviewer's id.
    public var reviewerId: String
    /// When the name was sent to the national panel (not before the appointment).
    public var nameSentToPanelOn: CivilDate?

    /// Creates the payload.
    public init(reviewerId: String, nameSentToPanelOn: CivilDate? = nil) {
        self.reviewerId = reviewerId
        self.nameSentToPanelOn = nameSentToPanelOn
    }

    /// Id well formed; date order.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(reviewerId, at: "data.reviewerId")
            + IssueRules.order(start: envelope.occurredOn, end: nameSentToPanelOn, at: "data.nameSentToPanelOn")
    }
}

/// An agency was asked for its written account of involvement (a chronology).
public struct AgencyInformationRequested: ReviewEventData {
    /// `AgencyInformationRequested`, version 1.
    public static let typeName = "AgencyInformationRequested"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The agency's id.
    public var agencyId: String
    /// When the account is due (not before the request).
    public var dueOn: CivilDate?

    /// Creates the payload.
    public init(agencyId: String, dueOn: CivilDate? = nil) {
        self.agencyId = agencyId
        self.dueOn = dueOn
    }

    /// Id well formed; due date not before the request.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(agencyId, at: "data.agencyId")
            + IssueRules.order(start: envelope.occurredOn, end: dueOn, at: "data.dueOn")
    }
}

/// An agency's written account was received.
public struct AgencyInformationReceived: ReviewEventData {
    /// `AgencyInformationReceived`, version 1.
    public static let typeName = "AgencyInformationReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The agency's id.
    public var agencyId: String
    /// The document's reference.
    public var documentRef: String?

    /// Creates the payload.
    public init(agencyId: String, documentRef: String? = nil) {
        self.agencyId = agencyId
        self.documentRef = documentRef
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(agencyId, at: "data.agencyId") + IssueRules.id(documentRef, at: "data.documentRef")
    }
}

/// The SCR panel met.
public struct ScrPanelMeetingHeld: ReviewEventData {
    /// `ScrPanelMeetingHeld`, version 1.
    public static let typeName = "ScrPanelMeetingHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Ids of the agencies represented.
    public var attendingAgencies: [String]

    /// Creates the payload.
    public init(attendingAgencies: [String] = []) { self.attendingAgencies = attendingAgencies }

    /// Agency ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
    }
}

/// The family, including surviving children, was engaged in the review.
public struct FamilyEngaged: ReviewEventData {
    /// `FamilyEngaged`, version 1.
    public static let typeName = "FamilyEngaged"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The household roles of the family members who took part; at least one.
    public var participants: [HouseholdRole]

    /// Creates the payload.
    public init(participants: [HouseholdRole]) { self.participants = participants }

    /// At least one participant role, none repeated.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.nonEmpty(participants, at: "data.participants")
            + IssueRules.duplicates(participants, at: "data.participants")
    }
}

/// Interim learning was captured because completion is delayed.
public struct InterimLearningCaptured: ReviewEventData {
    /// `InterimLearningCaptured`, version 1.
    public static let typeName = "InterimLearningCaptured"
    /// Current schema version.
    public static let schemaVersion = 1

    /// What delays completion.
    public var delayCause: ScrDelayCause

    /// Creates the payload.
    public init(delayCause: ScrDelayCause) { self.delayCause = delayCause }
}

/// The published report was taken off the website (`lscb.scr-web`: online ≥12 months first).
public struct ScrReportRemovedFromWebsite: ReviewEventData {
    /// `ScrReportRemovedFromWebsite`, version 1.
    public static let typeName = "ScrReportRemovedFromWebsite"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields: the publication date is `ScrPublished.occurredOn`).
    public init() {}
}
