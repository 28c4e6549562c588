import LedgerCalendar
import TextFormats

/// Caseload counts over every child as at a date: open referral episodes, CIN plans, CP plans by latest
/// category of abuse, and looked-after children.
public struct CaseloadSummary: Hashable, Sendable {
    /// The category key for a CP plan with no category recorded.
    public static let unknownCategory = "unknown"

    /// The date the counts are as at (nil: everything known).
    public var asOf: CivilDate?
    /// Children with at least one event that occurred on or before `asOf` (every child without `asOf`).
    public var childCount = 0
    /// Children with an open referral (CIN) episode.
    public var openReferralCount = 0
    /// Children subject to a CIN plan.
    public var cinPlanCount = 0
    /// Children subject to a CP plan.
    public var cpPlanCount = 0
    /// CP plans by the latest category code (`NEG`, `PHY`, `SAB`, `EMO`, `MUL`, or `unknown`).
    public var cpPlanCountByCategory: [String: Int] = [:]
    /// Looked-after children.
    public var lookedAfterCount = 0

    /// Counts every child of `state` with an event by `asOf`, as at `asOf`: a child whose first event
    /// occurred later is not yet known at that date.
    /// - Complexity: O(events) plus the valid-time sort of each child's events.
    public init(state: ProjectionState, asOf: CivilDate? = nil) {
        self.asOf = asOf
        for history in state.children.values where history.hasEvent(asOf: asOf) {
            add(CaseState.project(history, asOf: asOf))
        }
    }

    private mutating func add(_ caseState: CaseState) {
        childCount += 1
        if caseState.isReferralOpen { openReferralCount += 1 }
        if caseState.isOnCinPlan { cinPlanCount += 1 }
        if caseState.isLookedAfter { lookedAfterCount += 1 }
        guard caseState.isOnCpPlan else { return }
        cpPlanCount += 1
        cpPlanCountByCategory[caseState.latestCategory?.rawValue ?? Self.unknownCategory, default: 0] += 1
    }

    /// The counts as a JSON object (`cpPlansByCategory` keyed by category code).
    public var jsonValue: JSONValue {
        .object([
            "asOf": asOf.map { .string($0.description) } ?? .null,
            "children": .integer(Int64(childCount)),
            "openReferrals": .integer(Int64(openReferralCount)),
            "cinPlans": .integer(Int64(cinPlanCount)),
            "cpPlans": .integer(Int64(cpPlanCount)),
            "cpPlansByCategory": .object(cpPlanCountByCategory.mapValues { .integer(Int64($0)) }),
            "lookedAfter": .integer(Int64(lookedAfterCount)),
        ])
    }
}
