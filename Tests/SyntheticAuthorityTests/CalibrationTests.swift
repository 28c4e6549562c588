import CaseModel
import LedgerCalendar
import SyntheticAuthority
import Testing

/// Calibration against DOMAIN.md §7 "National calibration" on the shared sample (seed `Fixture.seed`,
/// 3,000 children). Tolerances allow for sampling noise at this size; the plausibility bands are met
/// at larger sizes (see docs/synthetic-authority.md).
@Suite struct CalibrationTests {
    let sample = Fixture.sample

    @Test func referralNoFurtherActionShareIsAboutSixAndAHalfPercent() {
        let decisions = sample.all(ReferralDecisionMade.self)
        let nfa = decisions.filter { $0.data.isNoFurtherAction }.count
        #expect(abs(share(nfa, of: decisions.count) - 0.065) < 0.015, "seed \(Fixture.seed)")
    }

    /// Measured on referrals from 1 April 2014, two years in, once children referred earlier can return.
    @Test func reReferralWithinTwelveMonthsIsAboutTwentyTwoPercent() {
        let from = CivilDate(year: 2014, month: 4, day: 1)!
        var referrals = 0
        var reReferrals = 0
        for events in sample.eventsByChild.values {
            let dates = events.filter { $0.data is ReferralReceived }.map(\.envelope.occurredOn)
            referrals += dates.filter { $0 >= from }.count
            // R14: within 12 calendar months (clamped) of the previous referral's date.
            reReferrals += zip(dates, dates.dropFirst()).filter { $1 >= from && $1 <= $0.adding(months: 12) }.count
        }
        #expect(
            abs(share(reReferrals, of: referrals) - 0.224) < 0.035,
            "seed \(Fixture.seed): \(share(reReferrals, of: referrals))")
    }

    @Test func assessedNotInNeedShareIsAboutThirtyOnePercent() {
        let assessments = sample.all(AssessmentAuthorised.self)
        let notInNeed = assessments.filter { !$0.data.childInNeed }.count
        #expect(
            abs(share(notInNeed, of: assessments.count) - 0.308) < 0.04,
            "seed \(Fixture.seed): \(share(notInNeed, of: assessments.count))")
    }

    @Test func singleAssessmentsMostlyWithinFortyFiveWorkingDaysWithMedianAboutThirtyThree() {
        var durations: [Int] = []
        var starts: [String: CivilDate] = [:]
        for event in sample.events.sorted(by: { $0.envelope.occurredOn < $1.envelope.occurredOn }) {
            guard let caseID = event.envelope.caseId else { continue }
            if event.data is AssessmentStarted { starts[caseID] = event.envelope.occurredOn }
            if event.data is AssessmentAuthorised, let start = starts.removeValue(forKey: caseID) {
                durations.append(workingDays(from: start, to: event.envelope.occurredOn))
            }
        }
        durations.sort()
        let within = share(durations.filter { $0 <= 45 }.count, of: durations.count)
        #expect(durations.count > 500)
        #expect(within > 0.82 && within < 0.89, "seed \(Fixture.seed): \(within)")
        #expect((30...36).contains(durations[durations.count / 2]), "seed \(Fixture.seed)")
        #expect(durations.contains { $0 > 45 }, "some assessments breach 45 WD")
    }

    @Test func conferencesMostlyWithinFifteenWorkingDaysOfTheInitiatingDiscussion() {
        var initiating: [String: CivilDate] = [:]
        var durations: [Int] = []
        for event in sample.events.sorted(by: { $0.envelope.occurredOn < $1.envelope.occurredOn }) {
            guard let caseID = event.envelope.caseId else { continue }
            if let discussion = event.data(as: StrategyDiscussionHeld.self), discussion.initiatesSection47 {
                initiating[caseID] = event.envelope.occurredOn
            }
            if event.data is IcpcHeld, let start = initiating.removeValue(forKey: caseID) {
                durations.append(workingDays(from: start, to: event.envelope.occurredOn))
            }
        }
        let within = share(durations.filter { $0 <= 15 }.count, of: durations.count)
        #expect(durations.count > 150)
        #expect(within > 0.74 && within < 0.86, "seed \(Fixture.seed): \(within)")
    }

    @Test(arguments: [
        (CategoryOfAbuse.neglect, 0.485), (.emotional, 0.353), (.physical, 0.08), (.sexual, 0.043), (.multiple, 0.04),
    ])
    func initialCategorySplitFollowsNationalShares(category: CategoryOfAbuse, expected: Double) {
        let plans = sample.all(CpPlanStarted.self)
        let count = plans.filter { $0.data.initialCategory == category }.count
        #expect(abs(share(count, of: plans.count) - expected) < 0.05, "seed \(Fixture.seed)")
    }

    /// Plans ending in the last year of the window (FY 2015/16). Few plans last 2 years, so at this size
    /// the share is noisy (a handful of plans); the generator draws 4.4% of durations from the 2 y+ bin,
    /// and the burn-in lets long plans begin before the window (docs/synthetic-authority.md measures the
    /// share at 5,000 children).
    @Test func plansEndingInTheLastYearLastingTwoYearsOrMoreAreAFewPercent() {
        let ended = planDurations(endingFrom: CivilDate(year: 2015, month: 4, day: 1)!)
        let longPlans = ended.filter { $0.end >= $0.start.adding(months: 24) }.count  // R11
        let longShare = share(longPlans, of: ended.count)
        #expect(ended.count > 60, "seed \(Fixture.seed)")
        // About 4 long plans are expected among ~100 ended (4.4%); one is in the Poisson tail (p ≈ 0.07), so
        // the lower bound asks for at least one rather than 1%.
        #expect(longPlans >= 1 && longShare < 0.08, "seed \(Fixture.seed): \(longShare)")
    }

    @Test(arguments: [(0, 3, 0.159), (3, 6, 0.11), (6, 12, 0.435), (12, 24, 0.252)])
    func planDurationBinsFollowNationalShares(lowerMonths: Int, upperMonths: Int, expected: Double) {
        let ended = planDurations(endingFrom: CivilDate(year: 2014, month: 4, day: 1)!)
        let inBin = ended.filter { plan in
            plan.end >= plan.start.adding(months: lowerMonths) && plan.end < plan.start.adding(months: upperMonths)
        }
        // Plans whose start fell in the burn-in are not in the ledger, so long plans are slightly under-counted.
        #expect(abs(share(inBin.count, of: ended.count) - expected) < 0.08, "seed \(Fixture.seed)")
    }

    /// Plans in the burn-in are not emitted but are counted, so a child's first visible plan may have a
    /// previous count above 0; each later plan counts one more.
    @Test func secondAndSubsequentPlansExistAndCarryThePreviousCount() {
        let plans = sample.all(CpPlanStarted.self)
        #expect(plans.contains { ($0.data.previousPlanCount ?? 0) > 0 }, "seed \(Fixture.seed)")
        for (child, events) in sample.eventsByChild {
            let counts = events.compactMap { $0.data(as: CpPlanStarted.self)?.previousPlanCount }
            #expect(zip(counts, counts.dropFirst()).allSatisfy { $1 == $0 + 1 }, "child \(child)")
        }
    }

    @Test func everyReferralSourceCodeBefore2023IsInUseExceptEarlyHelp() {
        let sources = Set(sample.all(ReferralReceived.self).map(\.data.source))
        #expect(!sources.contains(.localAuthorityEarlyHelp), "5D is first in the 2023 schema")
        #expect(sources.count == ReferralSource.allCases.count - 1)
    }

    /// Plans ending on or after `from`, with their start dates (by case and plan order).
    private func planDurations(endingFrom from: CivilDate) -> [(start: CivilDate, end: CivilDate)] {
        var result: [(CivilDate, CivilDate)] = []
        for events in sample.eventsByChild.values {
            var open: CivilDate?
            for event in events {
                if event.data is CpPlanStarted { open = event.envelope.occurredOn }
                if event.data is CpPlanEnded, let start = open {
                    if event.envelope.occurredOn >= from { result.append((start, event.envelope.occurredOn)) }
                    open = nil
                }
            }
        }
        return result
    }
}
