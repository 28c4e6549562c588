// Early help: identifying a need and engaging the family, DOMAIN.md §3.2. Assessment and TAF events are in
// Events+EarlyHelp.swift; plans, targeted referrals and closure in Events+EarlyHelpPlan.swift.

/// A professional identified that a child may need early help (001).
public struct EarlyHelpNeedIdentified: ChildEventData {
    /// `EarlyHelpNeedIdentified`, version 1.
    public static let typeName = "EarlyHelpNeedIdentified"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The identifying agency's id.
    public var identifyingAgency: String
    /// The identifying professional's id.
    public var professionalId: String?
    /// The indicators seen; at least one.
    public var indicators: [EarlyHelpIndicator]

    /// Creates the payload.
    public init(identifyingAgency: String, professionalId: String? = nil, indicators: [EarlyHelpIndicator]) {
        self.identifyingAgency = identifyingAgency
        self.professionalId = professionalId
        self.indicators = indicators
    }

    /// Ids well formed; at least one indicator, none repeated.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(identifyingAgency, at: "data.identifyingAgency")
            + IssueRules.id(professionalId, at: "data.professionalId")
            + IssueRules.nonEmpty(indicators, at: "data.indicators")
            + IssueRules.duplicates(indicators, at: "data.indicators")
    }
}

/// The family gave or refused consent to early help (Oldham: required for Universal Plus, 003). On refusal
/// the lead professional records whether to refer to CSC anyway (001).
public struct EarlyHelpConsentRecorded: ChildEventData {
    /// `EarlyHelpConsentRecorded`, version 1.
    public static let typeName = "EarlyHelpConsentRecorded"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Consent was given (false: refused).
    public var consentGiven: Bool
    /// The id of the person who gave or refused consent.
    public var givenBy: String?
    /// After a refusal, the lead professional judged a referral to CSC necessary; nil when consent was given.
    public var referralJudgedNecessary: Bool?

    /// Creates the payload.
    public init(consentGiven: Bool, givenBy: String? = nil, referralJudgedNecessary: Bool? = nil) {
        self.consentGiven = consentGiven
        self.givenBy = givenBy
        self.referralJudgedNecessary = referralJudgedNecessary
    }

    /// Id well formed; the referral judgement only after a refusal.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = IssueRules.id(givenBy, at: "data.givenBy")
        if consentGiven, referralJudgedNecessary != nil {
            issues.append(ValidationIssue(path: "data.referralJudgedNecessary", reason: .inconsistentFlags))
        }
        return issues
    }
}

/// A lead professional was assigned (the role passes to a social worker once a referral is accepted, 001).
public struct LeadProfessionalAssigned: ChildEventData {
    /// `LeadProfessionalAssigned`, version 1.
    public static let typeName = "LeadProfessionalAssigned"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The professional's id.
    public var professionalId: String
    /// The professional's agency id.
    public var agencyId: String

    /// Creates the payload.
    public init(professionalId: String, agencyId: String) {
        self.professionalId = professionalId
        self.agencyId = agencyId
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(professionalId, at: "data.professionalId") + IssueRules.id(agencyId, at: "data.agencyId")
    }
}

/// An attempt to contact the family (Oldham: after three failures, a letter and the referrer told; 003).
public struct FamilyContactAttempted: ChildEventData {
    /// `FamilyContactAttempted`, version 1.
    public static let typeName = "FamilyContactAttempted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The attempt number, from 1.
    public var attemptNumber: Int
    /// What came of it.
    public var result: FamilyContactResult

    /// Creates the payload.
    public init(attemptNumber: Int, result: FamilyContactResult) {
        self.attemptNumber = attemptNumber
        self.result = result
    }

    /// The attempt number is in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.smallCount(attemptNumber, minimum: 1, at: "data.attemptNumber")
    }
}

/// An early-help visit or call (003; recording lag is `recordedAt` − `occurredOn`).
public struct EarlyHelpVisit: ChildEventData {
    /// `EarlyHelpVisit`, version 1.
    public static let typeName = "EarlyHelpVisit"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Visit or phone call.
    public var mode: ContactMode
    /// The child was seen.
    public var childSeen: Bool

    /// Creates the payload.
    public init(mode: ContactMode, childSeen: Bool) {
        self.mode = mode
        self.childSeen = childSeen
    }

    /// A child cannot be seen on a phone call.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard mode == .phoneCall, childSeen else { return [] }
        return [ValidationIssue(path: "data.childSeen", reason: .inconsistentFlags)]
    }
}

/// A safeguarding concern raised during early help was escalated. Needs `occurredAt`: Oldham's 24 h rule (003).
public struct EarlyHelpEscalated: ChildEventData {
    /// `EarlyHelpEscalated`, version 1.
    public static let typeName = "EarlyHelpEscalated"
    /// Current schema version.
    public static let schemaVersion = 1
    /// An instant is required.
    public static let requiresInstant = true

    /// MASH or the allocated social worker.
    public var routedTo: EscalationRoute

    /// Creates the payload.
    public init(routedTo: EscalationRoute) { self.routedTo = routedTo }
}
