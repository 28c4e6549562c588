import CaseModel
import LedgerCalendar
import Projections

/// Folds one child's history, in valid-time order, into the contributions of the counted annual figures
/// (docs/annual-figures.md). The 31 March snapshots come from the same `CaseState` fold as every other
/// projection, taken just before the first event dated after each 31 March.
struct AnnualChildFold {
    /// A dated event that later events refer back to (a referral, an assessment start, a plan start).
    private struct Marker {
        var date: CivilDate
        var position: UInt64
    }

    /// The ids of the parental factors present, in `AnnualFigure.parentalFactors` order.
    private static func presentFactorIDs(_ factors: ParentalFactors) -> [String] {
        [
            ("domestic-abuse", factors.domesticAbuse), ("mental-ill-health", factors.mentalIllHealth),
            ("drug-misuse", factors.drugMisuse), ("alcohol-misuse", factors.alcoholMisuse),
        ].filter(\.1).map(\.0)
    }

    /// Limits of the DfE timeliness measures, in elapsed working days.
    static let assessmentLimitWorkingDays = 45
    static let conferenceLimitWorkingDays = 15

    private let childId: String
    private let startYears: ClosedRange<Int>
    private let calendar: WorkingDayCalendar
    private var contributions: [AnnualContribution] = []
    private var state: CaseState
    private var nextSnapshotYear: Int
    private var lastReferral: Marker?
    private var isReferralNFACounted = false
    private var assessmentStart: Marker?
    private var strategyDiscussionDates: [String: CivilDate] = [:]
    private var section47Start: Marker?
    private var planStart: Marker?
    private var endedPlanCount = 0
    private var lookedAfterPosition: UInt64?

    private init(childId: String, startYears: ClosedRange<Int>, calendar: WorkingDayCalendar) {
        self.childId = childId
        self.startYears = startYears
        self.calendar = calendar
        self.state = CaseState(childId: childId, asOf: nil)
        self.nextSnapshotYear = startYears.lowerBound
    }

    /// The contributions of `history` to the years starting in `startYears`.
    /// - Throws: `ProjectionError.evaluation` when a working-day count falls outside the calendar.
    static func contributions(
        of history: ChildHistory, startYears: ClosedRange<Int>, calendar: WorkingDayCalendar
    ) throws(ProjectionError) -> [AnnualContribution] {
        var fold = AnnualChildFold(childId: history.childId, startYears: startYears, calendar: calendar)
        for effective in history.eventsInValidTimeOrder() {
            let date = effective.validDate
            fold.takeSnapshots(before: date)
            try fold.count(effective, on: date)
            fold.state.fold(effective)
        }
        fold.takeSnapshots(before: nil)
        return fold.contributions
    }

    private mutating func count(_ effective: EffectiveEvent, on date: CivilDate) throws(ProjectionError) {
        let here = Marker(date: date, position: effective.position)
        switch effective.event.data {
        case is ContactReceived: add("contacts", on: date, [here.position])
        case is ReferralReceived: countReferral(here)
        case let decision as ReferralDecisionMade where decision.isNoFurtherAction: countNoFurtherAction(here)
        case is AssessmentStarted: assessmentStart = here
        case is AssessmentAuthorised: try countAssessment(here)
        case is StrategyDiscussionHeld: strategyDiscussionDates[effective.eventId] = date
        case let enquiry as Section47Started:
            let anchor = strategyDiscussionDates[enquiry.strategyDiscussionEventId] ?? date
            section47Start = Marker(date: anchor, position: here.position)
            add("s47-enquiries", on: date, [here.position])
        case let conference as IcpcHeld:
            try countInitialConference(here)
            countConference(here, factors: conference.parentalFactors)
        case let review as RcpcHeld: countConference(here, factors: review.parentalFactors)
        case is CpPlanStarted: countPlanStart(here)
        case is CpPlanEnded: countPlanEnd(here)
        case is BecameLookedAfter: lookedAfterPosition = here.position
        case is MissingEpisodeStarted: add("missing-episodes", on: date, [here.position])
        case is LadoNotified: add("lado-referrals", on: date, [here.position])
        default: break
        }
    }

    /// Same-day duplicates count once and are never re-referrals (EES C1/C5); R14 for re-referrals.
    private mutating func countReferral(_ here: Marker) {
        if let previous = lastReferral, previous.date == here.date {
            return add("referrals-same-day-duplicates", on: here.date, [previous.position, here.position])
        }
        add("referrals", on: here.date, [here.position])
        if let previous = lastReferral, here.date <= previous.date.adding(months: 12) {
            add("re-referrals", on: here.date, [previous.position, here.position], "previous \(previous.date)")
        }
        lastReferral = here
        isReferralNFACounted = false
    }

    /// An NFA decision counts in the year of the referral it decides, once per referral.
    private mutating func countNoFurtherAction(_ here: Marker) {
        guard let referral = lastReferral, !isReferralNFACounted else { return }
        isReferralNFACounted = true
        add("referrals-nfa", on: referral.date, [referral.position, here.position], "decided \(here.date)")
    }

    private mutating func countAssessment(_ here: Marker) throws(ProjectionError) {
        defer { assessmentStart = nil }
        guard let start = assessmentStart, start.date <= here.date else {
            let detail = assessmentStart == nil ? "no start recorded" : "start after authorisation"
            return add("assessments-completed", on: here.date, [here.position], detail)
        }
        let days = try workingDays(from: start.date, to: here, rule: "assessment start to authorisation")
        let positions = [start.position, here.position]
        add("assessments-completed", on: here.date, positions, "\(days) working days")
        if days <= Self.assessmentLimitWorkingDays {
            add("assessments-within-45wd", on: here.date, positions, "\(days) working days")
        }
    }

    /// R8: an ICPC before its s47 start stays in the total and is not within 15 working days.
    private mutating func countInitialConference(_ here: Marker) throws(ProjectionError) {
        guard let start = section47Start else {
            return add("icpcs", on: here.date, [here.position], "no s47 recorded")
        }
        let days = try workingDays(from: start.date, to: here, rule: "s47 start to ICPC")
        let positions = [start.position, here.position]
        let detail = days < 0 ? "before its s47 start" : "\(days) working days"
        add("icpcs", on: here.date, positions, detail)
        if (0...Self.conferenceLimitWorkingDays).contains(days) {
            add("icpcs-within-15wd", on: here.date, positions, detail)
        }
    }

    private mutating func countConference(_ here: Marker, factors: ParentalFactors) {
        add("conferences", on: here.date, [here.position])
        for factorID in Self.presentFactorIDs(factors) {
            add("conferences-\(factorID)", on: here.date, [here.position])
        }
    }

    private mutating func countPlanStart(_ here: Marker) {
        add("cpp-started", on: here.date, [here.position])
        if endedPlanCount > 0 {
            add("cpp-second-or-subsequent", on: here.date, [here.position], "\(endedPlanCount) earlier plan(s)")
        }
        planStart = here
    }

    /// R11: a plan lasted two years or more when its end is on or after start + 24 months (clamped).
    private mutating func countPlanEnd(_ here: Marker) {
        defer {
            endedPlanCount += 1
            planStart = nil
        }
        guard let start = planStart else {
            return add("cpp-ended", on: here.date, [here.position], "no start recorded")
        }
        let positions = [start.position, here.position]
        add("cpp-ended", on: here.date, positions, "started \(start.date)")
        if here.date >= start.date.adding(months: 24) {
            add("cpp-ended-2-years-plus", on: here.date, positions, "started \(start.date)")
        }
    }

    /// Snapshots at the end of each 31 March before `date` (every remaining one when `date` is nil).
    private mutating func takeSnapshots(before date: CivilDate?) {
        while nextSnapshotYear <= startYears.upperBound {
            let lastDay = FinancialYear(startingIn: nextSnapshotYear).lastDay
            if let date, date <= lastDay { return }
            snapshot(on: lastDay)
            nextSnapshotYear += 1
        }
    }

    private mutating func snapshot(on lastDay: CivilDate) {
        if state.isOnCpPlan, let start = planStart {
            add("cpp-at-31-march", on: lastDay, [start.position])
            if let category = state.initialCategory {
                add("cpp-at-31-march-\(category.rawValue.lowercased())", on: lastDay, [start.position])
            }
        }
        if state.isReferralOpen, let referral = lastReferral {
            add("cin-at-31-march", on: lastDay, [referral.position], "referred \(referral.date)")
        }
        if state.isLookedAfter, let position = lookedAfterPosition {
            add("looked-after-at-31-march", on: lastDay, [position])
        }
    }

    private mutating func add(_ figureID: String, on date: CivilDate, _ positions: [UInt64], _ detail: String = "") {
        let year = FinancialYear(containing: date)
        guard startYears.contains(year.startYear) else { return }
        contributions.append(
            AnnualContribution(
                figureID: figureID, year: year, childId: childId, date: date, positions: positions, detail: detail))
    }

    /// Elapsed working days, same day = 0 (C14, the DfE statistics' count).
    private func workingDays(from start: CivilDate, to end: Marker, rule: String) throws(ProjectionError) -> Int {
        do {
            return try calendar.workingDays(
                from: start, to: end.date, convention: .elapsed, nonWorkingStart: .countFromStart)
        } catch {
            throw ProjectionError(.evaluation, position: end.position, reason: "\(rule): \(error)")
        }
    }
}
