import CaseModel
import LedgerCalendar

extension CaseState {
    /// The state of `history` as at `asOf`: events folded in valid-time order (date, then ledger position),
    /// corrections applied and retractions removed.
    ///
    /// - Complexity: O(n log n) in the child's event count.
    public static func project(_ history: ChildHistory, asOf: CivilDate? = nil) -> CaseState {
        var state = CaseState(childId: history.childId, asOf: asOf)
        let bound = asOf.map(CivilDateBound.onOrBefore) ?? .unbounded
        for effective in history.eventsInValidTimeOrder(asOf: bound) {
            state.fold(effective)
        }
        return state
    }

    /// Folds one effective event into the state (events must come in valid-time order, as `project` gives them).
    public mutating func fold(_ effective: EffectiveEvent) {
        let event = effective.event
        let date = event.envelope.occurredOn
        switch event.data {
        case is ReferralReceived: openReferralOn = date
        case is CaseClosed:  // the allocation ends with the case it belongs to
            openReferralOn = nil
            allocatedWorkerId = nil
            allocatedTeamId = nil
        case is CinPlanStarted: openCinPlanOn = date
        case is CinPlanEnded: openCinPlanOn = nil
        case let plan as CpPlanStarted: startCpPlan(on: date, category: plan.initialCategory)
        case is CpPlanEnded: endCpPlan()
        case let change as CpCategoryChanged: latestCategory = change.latestCategory
        case let review as RcpcHeld: latestCategory = review.latestCategory ?? latestCategory
        case is BecameLookedAfter: lookedAfterSince = date
        case is CeasedLookedAfter: lookedAfterSince = nil
        case is SocialWorkerAllocated:
            let allocation = AllocationTimeline.allocation(made: effective)
            allocatedWorkerId = allocation?.workerId
            allocatedTeamId = allocation?.teamId
        case let visit as StatutoryVisitMade:
            lastVisit = VisitSummary(
                date: date, kind: visit.visitKind, childSeen: visit.childSeen, childSeenAlone: visit.childSeenAlone)
        default: break
        }
    }

    private mutating func startCpPlan(on date: CivilDate, category: CategoryOfAbuse) {
        openCpPlanOn = date
        initialCategory = category
        latestCategory = category
    }

    private mutating func endCpPlan() {
        openCpPlanOn = nil
        initialCategory = nil
        latestCategory = nil
    }
}
