import LedgerCalendar

// LSCB / partnership governance, DOMAIN.md §3.15 (004; 002; 001), stream `board-<boardId>`. Business-plan
// actions and milestones are in Events+ActionPlan.swift.

/// A business plan was published (004: Redbridge 2013/14, "FINAL").
public struct BusinessPlanPublished: BoardEventData {
    /// `BusinessPlanPublished`, version 1.
    public static let typeName = "BusinessPlanPublished"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan's id.
    public var planId: String
    /// The financial year it covers (`2013/14`).
    public var financialYear: FinancialYear
    /// Draft or final.
    public var status: PlanStatus

    /// Creates the payload.
    public init(planId: String, financialYear: FinancialYear, status: PlanStatus) {
        self.planId = planId
        self.financialYear = financialYear
        self.status = status
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(planId, at: "data.planId") }
}

/// A strategic theme of a plan was defined (004: themes 1–3).
public struct StrategicThemeDefined: BoardEventData {
    /// `StrategicThemeDefined`, version 1.
    public static let typeName = "StrategicThemeDefined"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan's id.
    public var planId: String
    /// The theme's reference (`1`).
    public var reference: String

    /// Creates the payload.
    public init(planId: String, reference: String) {
        self.planId = planId
        self.reference = reference
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(planId, at: "data.planId") + IssueRules.id(reference, at: "data.reference")
    }
}

/// A priority under a strategic theme was defined (004: `1.1`); it may link to external priorities, such as
/// the Health and Wellbeing Board's (002).
public struct PriorityDefined: BoardEventData {
    /// `PriorityDefined`, version 1.
    public static let typeName = "PriorityDefined"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan's id.
    public var planId: String
    /// The priority's reference (`1.1`).
    public var reference: String
    /// The parent theme's reference (`1`).
    public var themeReference: String
    /// References of linked external priorities.
    public var externalPriorityRefs: [String]

    /// Creates the payload.
    public init(planId: String, reference: String, themeReference: String, externalPriorityRefs: [String] = []) {
        self.planId = planId
        self.reference = reference
        self.themeReference = themeReference
        self.externalPriorityRefs = externalPriorityRefs
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(planId, at: "data.planId") + IssueRules.id(reference, at: "data.reference")
            + IssueRules.id(themeReference, at: "data.themeReference")
            + IssueRules.ids(externalPriorityRefs, at: "data.externalPriorityRefs")
    }
}

/// The board received a report in its cycle of reports (e.g. twice-yearly MASH and early-help reports).
public struct BoardReportReceived: BoardEventData {
    /// `BoardReportReceived`, version 1.
    public static let typeName = "BoardReportReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The report series' id (`mash-twice-yearly`).
    public var reportSeries: String
    /// The presenting agency's id.
    public var presentingAgency: String?

    /// Creates the payload.
    public init(reportSeries: String, presentingAgency: String? = nil) {
        self.reportSeries = reportSeries
        self.presentingAgency = presentingAgency
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(reportSeries, at: "data.reportSeries")
            + IssueRules.id(presentingAgency, at: "data.presentingAgency")
    }
}

/// A multi-agency case audit was completed (001: 50 random open and closed TAC cases).
public struct MultiAgencyAuditCompleted: BoardEventData {
    /// `MultiAgencyAuditCompleted`, version 1.
    public static let typeName = "MultiAgencyAuditCompleted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The audit's id.
    public var auditId: String
    /// How many cases were sampled, from 1.
    public var sampleCaseCount: Int
    /// The findings document's reference.
    public var findingsRef: String?

    /// Creates the payload.
    public init(auditId: String, sampleCaseCount: Int, findingsRef: String? = nil) {
        self.auditId = auditId
        self.sampleCaseCount = sampleCaseCount
        self.findingsRef = findingsRef
    }

    /// Ids well formed; sample size in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(auditId, at: "data.auditId") + IssueRules.id(findingsRef, at: "data.findingsRef")
            + IssueRules.smallCount(sampleCaseCount, minimum: 1, at: "data.sampleCaseCount")
    }
}

/// A partner agency returned its section 11 self-audit (002 partner assurance).
public struct Section11AuditReturned: BoardEventData {
    /// `Section11AuditReturned`, version 1.
    public static let typeName = "Section11AuditReturned"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The returning agency's id.
    public var agencyId: String
    /// The audit round's financial year.
    public var financialYear: FinancialYear?

    /// Creates the payload.
    public init(agencyId: String, financialYear: FinancialYear? = nil) {
        self.agencyId = agencyId
        self.financialYear = financialYear
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(agencyId, at: "data.agencyId") }
}

/// Multi-agency training was delivered.
public struct TrainingDelivered: BoardEventData {
    /// `TrainingDelivered`, version 1.
    public static let typeName = "TrainingDelivered"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The course's id.
    public var courseId: String
    /// How many attended this delivery.
    public var attendeeCount: Int

    /// Creates the payload.
    public init(courseId: String, attendeeCount: Int) {
        self.courseId = courseId
        self.attendeeCount = attendeeCount
    }

    /// Id well formed; count in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(courseId, at: "data.courseId") + IssueRules.smallCount(attendeeCount, at: "data.attendeeCount")
    }
}

/// The threshold document (Continuum of Need) was published (001; 004 action 2.1.5; 003).
public struct ThresholdDocumentPublished: BoardEventData {
    /// `ThresholdDocumentPublished`, version 1.
    public static let typeName = "ThresholdDocumentPublished"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The document version's id.
    public var documentVersion: String
    /// When it takes effect (not before publication).
    public var effectiveFrom: CivilDate?

    /// Creates the payload.
    public init(documentVersion: String, effectiveFrom: CivilDate? = nil) {
        self.documentVersion = documentVersion
        self.effectiveFrom = effectiveFrom
    }

    /// Id well formed; date order.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(documentVersion, at: "data.documentVersion")
            + IssueRules.order(start: envelope.occurredOn, end: effectiveFrom, at: "data.effectiveFrom")
    }
}

/// The annual report on a financial year was published and sent on (001, WT2013 ch.3 para 16).
public struct AnnualReportPublished: BoardEventData {
    /// `AnnualReportPublished`, version 1.
    public static let typeName = "AnnualReportPublished"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The year reported on (normally the preceding one).
    public var financialYear: FinancialYear
    /// Who it was sent to.
    public var sentTo: [AnnualReportRecipient]

    /// Creates the payload.
    public init(financialYear: FinancialYear, sentTo: [AnnualReportRecipient]) {
        self.financialYear = financialYear
        self.sentTo = sentTo
    }

    /// Recipients not repeated; a report published before its year ended is flagged (a warning).
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = IssueRules.count(sentTo, at: "data.sentTo") + IssueRules.duplicates(sentTo, at: "data.sentTo")
        if envelope.occurredOn <= financialYear.lastDay {
            issues.append(
                ValidationIssue(
                    path: "data.financialYear", value: financialYear.label, reason: .dateAfterEvent, severity: .warning)
            )
        }
        return issues
    }
}
