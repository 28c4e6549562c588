// Contact and referral, DOMAIN.md §3.3.

/// A contact (an enquiry or concern) reached CSC or the MASH.
public struct ContactReceived: ChildEventData {
    /// `ContactReceived`, version 1.
    public static let typeName = "ContactReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// How it arrived.
    public var channel: ContactChannel
    /// Who made it, in census terms, if known.
    public var source: ReferralSource?
    /// The duty manager's Red/Amber/Green grade (Oldham).
    public var rag: RagRating?

    /// Creates the payload.
    public init(channel: ContactChannel, source: ReferralSource? = nil, rag: RagRating? = nil) {
        self.channel = channel
        self.source = source
        self.rag = rag
    }
}

/// The decision on a contact.
public struct ContactOutcome: ChildEventData {
    /// `ContactOutcome`, version 1.
    public static let typeName = "ContactOutcome"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Advice, early help, referral or NFA.
    public var outcome: ContactOutcomeKind

    /// Creates the payload.
    public init(outcome: ContactOutcomeKind) { self.outcome = outcome }
}

/// A referral was received by CSC. Its instant starts the 1 WD and (statutory) 45 WD clocks.
public struct ReferralReceived: ChildEventData {
    /// `ReferralReceived`, version 1.
    public static let typeName = "ReferralReceived"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a referral episode (census CINdetails).
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .referral)

    /// Census `ReferralSource`.
    public var source: ReferralSource
    /// Ids of the other household members named in the referral.
    public var householdMemberIds: [String]

    /// Creates the payload.
    public init(source: ReferralSource, householdMemberIds: [String] = []) {
        self.source = source
        self.householdMemberIds = householdMemberIds
    }

    /// Member ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(householdMemberIds, at: "data.householdMemberIds")
    }
}

/// The decision on the type of response to a referral (1 WD).
public struct ReferralDecisionMade: ChildEventData {
    /// `ReferralDecisionMade`, version 1 (catalogue 1.3 added the optional `primaryNeed`; records without it
    /// decode as before).
    public static let typeName = "ReferralDecisionMade"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The response decided.
    public var outcome: ReferralOutcome
    /// Census `PrimaryNeedCode` as judged at the decision, for a decision to act (DfE rule 8610 needs a code
    /// for every referral with further action, assessed yet or not). An authorised assessment's code replaces
    /// it in the census (docs/cin-census.md). Refused on a decision of no further action.
    public var primaryNeed: PrimaryNeedCode?

    /// Creates the payload.
    public init(outcome: ReferralOutcome, primaryNeed: PrimaryNeedCode? = nil) {
        self.outcome = outcome
        self.primaryNeed = primaryNeed
    }

    /// Census `ReferralNFA`.
    public var isNoFurtherAction: Bool { outcome == .noFurtherAction }

    /// No need code on a decision of no further action (the census reports none for it).
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard isNoFurtherAction, let primaryNeed else { return [] }
        return [ValidationIssue(path: "data.primaryNeed", value: primaryNeed.rawValue, reason: .needWithoutAction)]
    }
}

/// A social worker (and team) was allocated to the child.
public struct SocialWorkerAllocated: ChildEventData {
    /// `SocialWorkerAllocated`, version 1.
    public static let typeName = "SocialWorkerAllocated"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The worker's id.
    public var workerId: String
    /// The team's id.
    public var teamId: String?

    /// Creates the payload.
    public init(workerId: String, teamId: String? = nil) {
        self.workerId = workerId
        self.teamId = teamId
    }

    /// Ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(workerId, at: "data.workerId") + IssueRules.id(teamId, at: "data.teamId")
    }
}
