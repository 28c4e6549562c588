import LedgerCalendar

// Contact and referral: acknowledgement, feedback and hospital notifications, DOMAIN.md §3.3.
// The referral itself and its decision are in Events+Referral.swift.

/// The referral was acknowledged to the referrer. Needs `occurredAt`: the 1 WD clock (`nat.referral-ack`, 001).
public struct ReferralAcknowledged: ChildEventData {
    /// `ReferralAcknowledged`, version 1.
    public static let typeName = "ReferralAcknowledged"
    /// Current schema version.
    public static let schemaVersion = 1
    /// An instant is required.
    public static let requiresInstant = true

    /// The referring agency's id.
    public var referrerAgency: String?

    /// Creates the payload.
    public init(referrerAgency: String? = nil) { self.referrerAgency = referrerAgency }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(referrerAgency, at: "data.referrerAgency")
    }
}

/// The referrer was told the decision and its reasons (reasons in `rationale`; 001).
public struct ReferrerFeedbackGiven: ChildEventData {
    /// `ReferrerFeedbackGiven`, version 1.
    public static let typeName = "ReferrerFeedbackGiven"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The decision communicated.
    public var outcome: ReferralOutcome
    /// Alternative support was suggested.
    public var alternativeSupportSuggested: Bool

    /// Creates the payload.
    public init(outcome: ReferralOutcome, alternativeSupportSuggested: Bool) {
        self.outcome = outcome
        self.alternativeSupportSuggested = alternativeSupportSuggested
    }
}

/// The family was told the decision on a referral and its reasons (reasons in `rationale`; 001).
public struct FamilyInformed: ChildEventData {
    /// `FamilyInformed`, version 1.
    public static let typeName = "FamilyInformed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The decision communicated.
    public var outcome: ReferralOutcome
    /// Alternative support was suggested.
    public var alternativeSupportSuggested: Bool

    /// Creates the payload.
    public init(outcome: ReferralOutcome, alternativeSupportSuggested: Bool) {
        self.outcome = outcome
        self.alternativeSupportSuggested = alternativeSupportSuggested
    }
}

/// A section 85 notification: a child in hospital long-term. Salford's SCR says it should always lead to an
/// assessment of need, siblings included (000, rec. 3 and 10).
public struct Section85NotificationReceived: ChildEventData {
    /// `Section85NotificationReceived`, version 1.
    public static let typeName = "Section85NotificationReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The notifying body's id (health trust, education authority).
    public var notifyingAgency: String
    /// When the child was admitted, if known (not after the notification).
    public var admittedOn: CivilDate?

    /// Creates the payload.
    public init(notifyingAgency: String, admittedOn: CivilDate? = nil) {
        self.notifyingAgency = notifyingAgency
        self.admittedOn = admittedOn
    }

    /// Id well formed; admission not after the notification.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = IssueRules.id(notifyingAgency, at: "data.notifyingAgency")
        if let admittedOn, envelope.occurredOn < admittedOn {
            issues.append(
                ValidationIssue(path: "data.admittedOn", value: admittedOn.description, reason: .dateAfterEvent))
        }
        return issues
    }
}
