import LedgerCalendar

// Single assessment (WT2013), DOMAIN.md §3.4.

/// A single assessment began (census `AssessmentActualStartDate` = `occurredOn`).
public struct AssessmentStarted: ChildEventData {
    /// `AssessmentStarted`, version 1.
    public static let typeName = "AssessmentStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a single assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .assessment)

    /// s17 or s47.
    public var legalBasis: AssessmentLegalBasis
    /// The lead social worker's id.
    public var leadSocialWorkerId: String?

    /// Creates the payload.
    public init(legalBasis: AssessmentLegalBasis, leadSocialWorkerId: String? = nil) {
        self.legalBasis = legalBasis
        self.leadSocialWorkerId = leadSocialWorkerId
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(leadSocialWorkerId, at: "data.leadSocialWorkerId")
    }
}

/// An internal review of an assessment (census `AssessmentInternalReviewDate` = `occurredOn`).
public struct AssessmentInternalReview: ChildEventData {
    /// `AssessmentInternalReview`, version 1.
    public static let typeName = "AssessmentInternalReview"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields: the date is the envelope's).
    public init() {}
}

/// A manager authorised a single assessment (census `AssessmentAuthorisationDate` = `occurredOn`;
/// the manager is `actor.decidedBy`).
public struct AssessmentAuthorised: ChildEventData {
    /// `AssessmentAuthorised`, version 1.
    public static let typeName = "AssessmentAuthorised"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a single assessment.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .assessment)

    /// When the social worker completed it (on or before authorisation).
    public var completedOn: CivilDate?
    /// The child was assessed as in need.
    public var childInNeed: Bool
    /// Census `PrimaryNeedCode`.
    public var primaryNeed: PrimaryNeedCode?
    /// Census `AssessmentFactors`; `21` must stand alone; legacy 18A/19A are refused here as a warning.
    public var factors: [AssessmentFactor]
    /// The next step decided.
    public var nextStep: AssessmentNextStep
    /// The `eventId` of the `AssessmentStarted` this authorises, where the source system links them (CIN
    /// extracts carry assessment ids). Optional: an unlinked authorisation pairs with the child's earliest
    /// open assessment.
    public var assessmentEventId: String?

    /// Creates the payload.
    public init(
        completedOn: CivilDate? = nil, childInNeed: Bool, primaryNeed: PrimaryNeedCode? = nil,
        factors: [AssessmentFactor], nextStep: AssessmentNextStep, assessmentEventId: String? = nil
    ) {
        self.completedOn = completedOn
        self.childInNeed = childInNeed
        self.primaryNeed = primaryNeed
        self.factors = factors
        self.nextStep = nextStep
        self.assessmentEventId = assessmentEventId
    }

    /// Factor rules; authorisation not before completion; link id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = FactorRules.issues(factors, at: "data.factors", legacyAllowed: false)
        issues += IssueRules.id(assessmentEventId, at: "data.assessmentEventId")
        if let completedOn, envelope.occurredOn < completedOn {
            issues.append(
                ValidationIssue(path: "data.completedOn", value: completedOn.description, reason: .endBeforeStart))
        }
        return issues
    }
}

/// The rules on a list of assessment factors.
enum FactorRules {
    static func issues(_ factors: [AssessmentFactor], at path: String, legacyAllowed: Bool) -> [ValidationIssue] {
        var issues = IssueRules.count(factors, at: path)
        issues += IssueRules.standAlone(.noFactorsIdentified, in: factors, at: path, reason: .factorMustStandAlone)
        issues += IssueRules.duplicates(factors, at: path)
        guard !legacyAllowed else { return issues }
        for (index, factor) in factors.enumerated() where factor.isLegacy {
            issues.append(
                ValidationIssue(
                    path: "\(path)[\(index)]", value: factor.rawValue, reason: .legacyCode, severity: .warning))
        }
        return issues
    }
}
