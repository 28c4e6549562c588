import CaseModel
import LedgerCalendar

// The child protection plan: core groups, visits, review conferences at 3 then 6 months, and its end
// (DOMAIN.md §3.8; `nat.core-group-first`, `nat.rcpc-first`, `nat.rcpc-next`).

extension ChildJourney {
    /// Plan duration bins as a table of calendar-month ranges.
    static let planDurationBins = WeightedTable(
        Calibration.planDurationMonthBins.map { ((lower: $0.lowerMonths, upper: $0.upperMonths), $0.share) })

    /// Runs a CP plan starting on the ICPC date.
    mutating func protect(conference: CivilDate, category: CategoryOfAbuse) -> EpisodeStep {
        record(
            CpPlanStarted(initialCategory: category, previousPlanCount: planCount), on: conference, decidedBy: manager)
        planCount += 1
        let (end, reason) = plannedPlanEnd(from: conference)
        recordCoreGroups(from: conference, before: end)
        recordVisits(
            .childProtection, from: conference, before: end, intervalDays: Calibration.protectionVisitIntervalDays)
        recordReviews(from: conference, before: end, category: category)
        if reason == .noLongerAtRisk {
            let finalReview = RcpcHeld(
                planContinues: false, latestCategory: nil, parentalFactors: drawParentalFactors())
            record(finalReview, on: end, decidedBy: manager)
        }
        guard record(CpPlanEnded(reason: reason), on: end, decidedBy: manager) != nil else { return .open }
        switch reason {
        case .movedToAnotherLocalAuthority: return .close(on: end, reason: .transferredToAnotherLocalAuthority)
        case .noLongerAtRisk where chance(Calibration.planStepDownShare):
            return .childInNeedPlan(from: end.adding(days: 1))
        default: return .close(on: end, reason: .servicesCeased)
        }
    }

    /// The end date (from the calibrated duration bins; at the 18th birthday if that comes first) and reason.
    private mutating func plannedPlanEnd(from start: CivilDate) -> (CivilDate, CpPlanEndReason) {
        let bin = draw(Self.planDurationBins)
        let earliest = max(start.adding(months: bin.lower), start.adding(days: 14))
        let latest = start.adding(months: bin.upper).adding(days: -1)
        let end = earliest.adding(days: integer(in: 0...max(0, earliest.days(until: latest))))
        if end >= child.adulthood { return (max(child.adulthood, start), .reached18) }
        return (end, chance(Calibration.planMovedAwayShare) ? .movedToAnotherLocalAuthority : .noLongerAtRisk)
    }

    /// First core group within 10 WD (some late), then every four to six weeks.
    private mutating func recordCoreGroups(from conference: CivilDate, before end: CivilDate) {
        let late = chance(Calibration.lateCoreGroupShare)
        var meeting = addingWorkingDays(late ? integer(in: 11...16) : integer(in: 3...10), to: conference)
        while meeting < end, !isPastHorizon(meeting) {
            var agencies = ["csc", "health"]
            if chance(0.7) { agencies.append("education") }
            let minutes = minutesDate(after: meeting, limitWorkingDays: 5)
            record(
                CoreGroupMeetingHeld(attendingAgencies: agencies, minutesCirculatedOn: minutes), on: meeting,
                recordedNoEarlierThan: Self.recordedWithMinutes(minutes))
            meeting = nextWorkingDay(onOrAfter: meeting.adding(days: integer(in: Calibration.coreGroupIntervalDays)))
        }
    }

    /// Review conferences: the first by 3 months after the ICPC, then every 6 months after the previous one
    /// (some late), each keeping the plan open; some change the latest category.
    private mutating func recordReviews(from conference: CivilDate, before end: CivilDate, category: CategoryOfAbuse) {
        var latest = category
        var due = conference.adding(months: 3)
        var review = reviewDate(due: due)
        while review < end, !isPastHorizon(review) {
            if chance(Calibration.categoryChangeChance) {
                let changed = draw(Calibration.categories)
                if changed != latest {
                    latest = changed
                    record(CpCategoryChanged(latestCategory: changed), on: review, decidedBy: manager)
                }
            }
            let held = RcpcHeld(planContinues: true, latestCategory: latest, parentalFactors: drawParentalFactors())
            record(held, on: review, decidedBy: manager)
            due = review.adding(months: 6)
            review = reviewDate(due: due)
        }
    }

    /// A review date: usually in the weeks before `due`, sometimes after it.
    private mutating func reviewDate(due: CivilDate) -> CivilDate {
        if chance(Calibration.lateReviewShare) {
            return nextWorkingDay(onOrAfter: due.adding(days: integer(in: 1...25)))
        }
        return nextWorkingDay(onOrAfter: due.adding(days: -integer(in: 6...25)))
    }

    /// Statutory visits every `intervalDays` from `start` until before `end`.
    mutating func recordVisits(
        _ kind: VisitKind, from start: CivilDate, before end: CivilDate, intervalDays: ClosedRange<Int>
    ) {
        var visit = nextWorkingDay(onOrAfter: start.adding(days: integer(in: intervalDays)))
        while visit < end, !isPastHorizon(visit) {
            let seen = chance(0.93)
            record(StatutoryVisitMade(visitKind: kind, childSeen: seen, childSeenAlone: seen && chance(0.5)), on: visit)
            visit = nextWorkingDay(onOrAfter: visit.adding(days: integer(in: intervalDays)))
        }
    }
}
