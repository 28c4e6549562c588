import LedgerCalendar

// Emergency action, proceedings, orders and s20 accommodation, DOMAIN.md §3.6. Police protection and EPOs
// are in Events+Protection.swift.

/// A single agency took emergency action for a child found away from home (001, WT2013 ch.1).
public struct EmergencyActionTaken: ChildEventData {
    /// `EmergencyActionTaken`, version 1.
    public static let typeName = "EmergencyActionTaken"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The acting agency's id.
    public var agencyId: String
    /// The LA where the child was found.
    public var foundInAuthority: String
    /// The child's home LA, if different.
    public var homeAuthority: String?
    /// The home LA accepted responsibility in writing (`ResponsibilityAccepted`).
    public var responsibilityAcceptedInWriting: Bool

    /// Creates the payload.
    public init(
        agencyId: String, foundInAuthority: String, homeAuthority: String? = nil,
        responsibilityAcceptedInWriting: Bool
    ) {
        self.agencyId = agencyId
        self.foundInAuthority = foundInAuthority
        self.homeAuthority = homeAuthority
        self.responsibilityAcceptedInWriting = responsibilityAcceptedInWriting
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(agencyId, at: "data.agencyId") + IssueRules.id(foundInAuthority, at: "data.foundInAuthority")
            + IssueRules.id(homeAuthority, at: "data.homeAuthority")
    }
}

/// Care proceedings were issued (001). Legal advice taken before issue is recorded as a flag.
public struct CareProceedingsIssued: ChildEventData {
    /// `CareProceedingsIssued`, version 1.
    public static let typeName = "CareProceedingsIssued"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The applicant LA's id.
    public var applicantAuthority: String
    /// The court's id.
    public var courtId: String?
    /// Legal advice was obtained before issue.
    public var legalAdviceObtained: Bool

    /// Creates the payload.
    public init(applicantAuthority: String, courtId: String? = nil, legalAdviceObtained: Bool) {
        self.applicantAuthority = applicantAuthority
        self.courtId = courtId
        self.legalAdviceObtained = legalAdviceObtained
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(applicantAuthority, at: "data.applicantAuthority") + IssueRules.id(courtId, at: "data.courtId")
    }
}

/// A court made an order (001). EPOs have their own events (`EpoGranted`).
public struct CourtOrderMade: ChildEventData {
    /// `CourtOrderMade`, version 1.
    public static let typeName = "CourtOrderMade"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The order.
    public var order: CourtOrderKind
    /// The court's id.
    public var courtId: String?
    /// The order's last day, for time-limited orders (not before it was made).
    public var expiresOn: CivilDate?

    /// Creates the payload.
    public init(order: CourtOrderKind, courtId: String? = nil, expiresOn: CivilDate? = nil) {
        self.order = order
        self.courtId = courtId
        self.expiresOn = expiresOn
    }

    /// Id well formed; expiry not before the order.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(courtId, at: "data.courtId")
            + IssueRules.order(start: envelope.occurredOn, end: expiresOn, at: "data.expiresOn")
    }
}

/// A child was accommodated under s20, with the consent of a holder of parental responsibility (001).
/// `BecameLookedAfter` opens the looked-after episode; this records the consent behind it.
public struct AccommodatedSection20: ChildEventData {
    /// `AccommodatedSection20`, version 1.
    public static let typeName = "AccommodatedSection20"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Consent of a holder of parental responsibility was recorded.
    public var consentRecorded: Bool
    /// The consenting person's id (needs `consentRecorded`).
    public var consentGivenBy: String?

    /// Creates the payload.
    public init(consentRecorded: Bool, consentGivenBy: String? = nil) {
        self.consentRecorded = consentRecorded
        self.consentGivenBy = consentGivenBy
    }

    /// Id well formed; a consenting person only when consent is recorded.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = IssueRules.id(consentGivenBy, at: "data.consentGivenBy")
        if consentGivenBy != nil, !consentRecorded {
            issues.append(ValidationIssue(path: "data.consentGivenBy", reason: .inconsistentFlags))
        }
        return issues
    }
}
