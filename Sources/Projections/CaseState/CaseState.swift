import CaseModel
import LedgerCalendar

/// One child's case as at a date: open episodes, plans, category, allocation and the last visit.
public struct CaseState: Hashable, Sendable {
    /// The child's id.
    public var childId: String
    /// The date the state is as at (nil: everything known).
    public var asOf: CivilDate?
    /// The open referral (CIN) episode's referral date, or nil when no referral episode is open.
    public var openReferralOn: CivilDate?
    /// The open CIN plan's start date.
    public var openCinPlanOn: CivilDate?
    /// The open CP plan's start date.
    public var openCpPlanOn: CivilDate?
    /// The date the child became looked after, while looked after.
    public var lookedAfterSince: CivilDate?
    /// The open CP plan's initial category of abuse.
    public var initialCategory: CategoryOfAbuse?
    /// The open CP plan's latest category of abuse.
    public var latestCategory: CategoryOfAbuse?
    /// The allocated social worker.
    public var allocatedWorkerId: String?
    /// The allocated team.
    public var allocatedTeamId: String?
    /// The most recent statutory visit.
    public var lastVisit: VisitSummary?

    /// An empty state: nothing open, nobody allocated.
    public init(childId: String, asOf: CivilDate?) {
        self.childId = childId
        self.asOf = asOf
    }

    /// Whether a referral (CIN) episode is open.
    public var isReferralOpen: Bool { openReferralOn != nil }
    /// Whether the child is subject to a CIN plan.
    public var isOnCinPlan: Bool { openCinPlanOn != nil }
    /// Whether the child is subject to a CP plan.
    public var isOnCpPlan: Bool { openCpPlanOn != nil }
    /// Whether the child is looked after.
    public var isLookedAfter: Bool { lookedAfterSince != nil }
}

/// The last statutory visit: when, and whether the child was seen and seen alone.
public struct VisitSummary: Hashable, Sendable {
    /// The visit date.
    public var date: CivilDate
    /// The kind of visit.
    public var kind: VisitKind
    /// Whether the child was seen.
    public var childSeen: Bool
    /// Whether the child was seen alone.
    public var childSeenAlone: Bool
}
