import LedgerCalendar

// Early help: plans, targeted early help and closure, DOMAIN.md §3.2.

/// One SMART action of an early-help plan: its owner and due date (003). The action text stays in the
/// source system; the ledger tracks who owes what by when.
public struct EarlyHelpPlanAction: Hashable, Sendable, Codable {
    /// The action's id within the plan.
    public var actionId: String
    /// The owner's id (a person or an agency).
    public var ownerId: String
    /// When it is due.
    public var dueOn: CivilDate

    /// Creates an action.
    public init(actionId: String, ownerId: String, dueOn: CivilDate) {
        self.actionId = actionId
        self.ownerId = ownerId
        self.dueOn = dueOn
    }
}

/// An early-help plan was agreed with the family.
public struct EarlyHelpPlanAgreed: ChildEventData {
    /// `EarlyHelpPlanAgreed`, version 1.
    public static let typeName = "EarlyHelpPlanAgreed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan's actions; at least one.
    public var actions: [EarlyHelpPlanAction]
    /// When the plan is next reviewed (Oldham: every 6 weeks, 003).
    public var nextReviewOn: CivilDate?

    /// Creates the payload.
    public init(actions: [EarlyHelpPlanAction], nextReviewOn: CivilDate? = nil) {
        self.actions = actions
        self.nextReviewOn = nextReviewOn
    }

    /// At least one action; ids well formed; no date before the agreement.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.nonEmpty(actions, at: "data.actions")
            + actions.enumerated().flatMap { index, action in
                let path = "data.actions[\(index)]"
                return IssueRules.id(action.actionId, at: path + ".actionId")
                    + IssueRules.id(action.ownerId, at: path + ".ownerId")
                    + IssueRules.order(start: envelope.occurredOn, end: action.dueOn, at: path + ".dueOn")
            }
            + IssueRules.order(start: envelope.occurredOn, end: nextReviewOn, at: "data.nextReviewOn")
    }
}

/// An early-help plan was reviewed with the family; reasons for non-progress go in `rationale` (003).
public struct EarlyHelpPlanReviewed: ChildEventData {
    /// `EarlyHelpPlanReviewed`, version 1.
    public static let typeName = "EarlyHelpPlanReviewed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Ids of the plan actions that have not progressed.
    public var actionsNotProgressed: [String]
    /// When the plan is next reviewed.
    public var nextReviewOn: CivilDate?

    /// Creates the payload.
    public init(actionsNotProgressed: [String] = [], nextReviewOn: CivilDate? = nil) {
        self.actionsNotProgressed = actionsNotProgressed
        self.nextReviewOn = nextReviewOn
    }

    /// Ids well formed; the next review not before this one.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(actionsNotProgressed, at: "data.actionsNotProgressed")
            + IssueRules.order(start: envelope.occurredOn, end: nextReviewOn, at: "data.nextReviewOn")
    }
}

/// A referral for targeted early help was received (starts Oldham's 3 WD allocation clock, 003).
public struct TargetedEarlyHelpReferralReceived: ChildEventData {
    /// `TargetedEarlyHelpReferralReceived`, version 1.
    public static let typeName = "TargetedEarlyHelpReferralReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// A step-down from children's social care.
    public var stepDownFromSocialCare: Bool

    /// Creates the payload.
    public init(stepDownFromSocialCare: Bool) { self.stepDownFromSocialCare = stepDownFromSocialCare }
}

/// A targeted early-help referral was allocated to a team (Oldham: Family Connect or Positive Steps, 003).
public struct TargetedEarlyHelpReferralAllocated: ChildEventData {
    /// `TargetedEarlyHelpReferralAllocated`, version 1.
    public static let typeName = "TargetedEarlyHelpReferralAllocated"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The team's id.
    public var teamId: String
    /// The family worker's id.
    public var workerId: String?

    /// Creates the payload.
    public init(teamId: String, workerId: String? = nil) {
        self.teamId = teamId
        self.workerId = workerId
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(teamId, at: "data.teamId") + IssueRules.id(workerId, at: "data.workerId")
    }
}

/// Early help closed; the progress summary goes in `rationale` (003).
public struct EarlyHelpClosed: ChildEventData {
    /// `EarlyHelpClosed`, version 1.
    public static let typeName = "EarlyHelpClosed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Why it closed.
    public var reason: EarlyHelpClosureReason

    /// Creates the payload.
    public init(reason: EarlyHelpClosureReason) { self.reason = reason }
}
