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

    /// What one child contributes to any year: its contributions to the years its events fall in, and what
    /// its final state contributes on every 31 March after its last event.
    struct Facts {
        /// The contributions to the years from the first event's to the last event's, in fold order.
        var contributions: [AnnualContribution] = []
        /// The start year of the financial year of the last event (nil: no event).
        var lastEventStartYear: Int?
        /// The snapshot contributions of the final state, dated on the 31 March after the last event's year;
        /// every later 31 March has the same ones (no event changes the state after the last).
        var finalSnapshot: [AnnualContribution] = []
    }

    /// The facts of `history` (`Facts`): the contributions to any range of years are those of `contributions`
    /// in the range, then `finalSnapshot` moved to each 31 March in the range after `lastEventStartYear`, in
    /// the order a fold over that range adds them.
    /// - Throws: `ProjectionError.evaluation` when a working-day count falls outside the calendar.
    static func facts(of history: ChildHistory, calendar: WorkingDayCalendar) throws(ProjectionError) -> Facts {
        let events = history.eventsInValidTimeOrder()
        guard let first = events.first?.validDate, let last = events.last?.validDate else { return Facts() }
        let lastYear = FinancialYear(containing: last).startYear
        var fold = AnnualChildFold(
            childId: history.childId, startYears: FinancialYear(containing: first).startYear...lastYear,
            calendar: calendar)
        try fold.fold(events)
        let finalSnapshot = fold.snapshotContributions(on: FinancialYear(startingIn: lastYear + 1).lastDay)
        return Facts(contributions: fold.contributions, lastEventStartYear: lastYear, finalSnapshot: finalSnapshot)
    }

    /// Folds `events` (valid-time order), taking the snapshots of every year in `startYears`.
    private mutating func fold(_ events: [EffectiveEvent]) throws(ProjectionError) {
        for effective in events {
            let date = effective.validDate
            takeSnapshots(before: date)
            try count(effective, on: date)
            state.fold(effective)
        }
        takeSnapshots(before: nil)
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
        guard startYears.contains(FinancialYear(containing: lastDay).startYear) else { return }
        contributions += snapshotContributions(on: lastDay)
    }

    /// What the state now contributes to the 31 March `lastDay`.
    private func snapshotContributions(on lastDay: CivilDate) -> [AnnualContribution] {
        var snapshot: [AnnualContribution] = []
        let add = { (figureID: String, positions: [UInt64], detail: String) in
            snapshot.append(
                AnnualContribution(
                    figureID: figureID, year: FinancialYear(containing: lastDay), childId: childId, date: lastDay,
                    positions: positions, detail: detail))
        }
        if state.isOnCpPlan, let start = planStart {
            add("cpp-at-31-march", [start.position], "")
            if let category = state.initialCategory {
                add("cpp-at-31-march-\(category.rawValue.lowercased())", [start.position], "")
            }
        }
        if state.isReferralOpen, let referral = lastReferral {
            add("cin-at-31-march", [referral.position], "referred \(referral.date)")
        }
        if state.isLookedAfter, let position = lookedAfterPosition {
            add("looked-after-at-31-march", [position], "")
        }
        return snapshot
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
