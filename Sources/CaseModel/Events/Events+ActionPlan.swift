// SCR action plan (DOMAIN.md §8.3, stream `scr-<reviewId>`) and LSCB business plan (§8.4, `board-<boardId>`).
// A revision is a new event; nothing is edited.

/// A recommendation of the review was recorded.
public struct RecommendationRecorded: ReviewEventData {
    /// `RecommendationRecorded`, version 1.
    public static let typeName = "RecommendationRecorded"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The recommendation number (1-based).
    public var number: Int
    /// Numbers of cross-referenced recommendations ("See Recommendation 12&13").
    public var relatedRecommendations: [Int]

    /// Creates the payload.
    public init(number: Int, relatedRecommendations: [Int] = []) {
        self.number = number
        self.relatedRecommendations = relatedRecommendations
    }

    /// Numbers in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.smallCount(number, minimum: 1, at: "data.number")
            + IssueRules.count(relatedRecommendations, at: "data.relatedRecommendations")
            + relatedRecommendations.enumerated().flatMap {
                IssueRules.smallCount($1, minimum: 1, at: "data.relatedRecommendations[\($0)]")
            }
    }
}

/// A key action under a recommendation was defined, with its lead (a role) and target month.
public struct ActionDefined: ReviewEventData {
    /// `ActionDefined`, version 1.
    public static let typeName = "ActionDefined"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The action's id within the review.
    public var actionId: String
    /// The recommendation it serves.
    public var recommendationNumber: Int
    /// The lead role id (roles, not people: roles get reassigned).
    public var leadRole: String
    /// The target month.
    public var targetMonth: YearMonth

    /// Creates the payload.
    public init(actionId: String, recommendationNumber: Int, leadRole: String, targetMonth: YearMonth) {
        self.actionId = actionId
        self.recommendationNumber = recommendationNumber
        self.leadRole = leadRole
        self.targetMonth = targetMonth
    }

    /// Ids and number well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(actionId, at: "data.actionId") + IssueRules.id(leadRole, at: "data.leadRole")
            + IssueRules.smallCount(recommendationNumber, minimum: 1, at: "data.recommendationNumber")
    }
}

/// Progress on an action was reported (update N, with a RAG rating).
public struct ActionProgressUpdated: ReviewEventData {
    /// `ActionProgressUpdated`, version 1.
    public static let typeName = "ActionProgressUpdated"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The action's id.
    public var actionId: String
    /// The update number ("Update 10").
    public var updateNumber: Int
    /// Red / Amber / Green.
    public var rag: RagRating
    /// Evidence document references.
    public var evidenceRefs: [String]

    /// Creates the payload.
    public init(actionId: String, updateNumber: Int, rag: RagRating, evidenceRefs: [String] = []) {
        self.actionId = actionId
        self.updateNumber = updateNumber
        self.rag = rag
        self.evidenceRefs = evidenceRefs
    }

    /// Ids and number well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(actionId, at: "data.actionId") + IssueRules.ids(evidenceRefs, at: "data.evidenceRefs")
            + IssueRules.smallCount(updateNumber, minimum: 1, at: "data.updateNumber")
    }
}

/// An action's target month was revised.
public struct ActionTargetRevised: ReviewEventData {
    /// `ActionTargetRevised`, version 1.
    public static let typeName = "ActionTargetRevised"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The action's id.
    public var actionId: String
    /// The new target month.
    public var targetMonth: YearMonth

    /// Creates the payload.
    public init(actionId: String, targetMonth: YearMonth) {
        self.actionId = actionId
        self.targetMonth = targetMonth
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(actionId, at: "data.actionId") }
}

/// An action was closed, with evidence, and closure accepted by someone.
public struct ActionClosed: ReviewEventData {
    /// `ActionClosed`, version 1.
    public static let typeName = "ActionClosed"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The action's id.
    public var actionId: String
    /// Who accepted closure (a role id).
    public var acceptedBy: String
    /// Evidence document references.
    public var evidenceRefs: [String]

    /// Creates the payload.
    public init(actionId: String, acceptedBy: String, evidenceRefs: [String] = []) {
        self.actionId = actionId
        self.acceptedBy = acceptedBy
        self.evidenceRefs = evidenceRefs
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(actionId, at: "data.actionId") + IssueRules.id(acceptedBy, at: "data.acceptedBy")
            + IssueRules.ids(evidenceRefs, at: "data.evidenceRefs")
    }
}

/// A business-plan action was defined (reference such as `1.1.1`, lead role, milestones, cadence).
public struct PlanActionDefined: BoardEventData {
    /// `PlanActionDefined`, version 1.
    public static let typeName = "PlanActionDefined"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan reference, e.g. `1.1.1`.
    public var reference: String
    /// The lead role id.
    public var leadRole: String
    /// Milestone months (may be empty: a blank "By when" is a data-quality flag, not an error).
    public var milestones: [YearMonth]
    /// "Ongoing" / open-ended.
    public var ongoing: Bool

    /// Creates the payload.
    public init(reference: String, leadRole: String, milestones: [YearMonth] = [], ongoing: Bool = false) {
        self.reference = reference
        self.leadRole = leadRole
        self.milestones = milestones
        self.ongoing = ongoing
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(reference, at: "data.reference") + IssueRules.id(leadRole, at: "data.leadRole")
            + IssueRules.count(milestones, at: "data.milestones")
    }
}

/// A business-plan milestone was met.
public struct MilestoneMet: BoardEventData {
    /// `MilestoneMet`, version 1.
    public static let typeName = "MilestoneMet"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan reference.
    public var reference: String
    /// The milestone month met.
    public var milestone: YearMonth

    /// Creates the payload.
    public init(reference: String, milestone: YearMonth) {
        self.reference = reference
        self.milestone = milestone
    }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(reference, at: "data.reference")
    }
}
