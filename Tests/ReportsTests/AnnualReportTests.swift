import CaseModel
import LedgerCalendar
import Projections
import Reports
import Testing

private typealias E = AnnualEntry
private let referral = AnnualLedger.referral

private func plan(_ category: CategoryOfAbuse) -> CpPlanStarted { CpPlanStarted(initialCategory: category) }
private let planEnd = CpPlanEnded(reason: .noLongerAtRisk)
private let started = AssessmentStarted(legalBasis: .section17)
private let authorised = AssessmentAuthorised(childInNeed: true, factors: [], nextStep: .cinPlan)
private let discussion = StrategyDiscussionHeld(form: .meeting, initiatesSection47: true)

private func icpc(_ factors: ParentalFactors = AnnualLedger.noFactors) -> IcpcHeld {
    IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: factors)
}

@Test func referralsCountInTheYearOfTheirDateWith31MarchAnd1AprilOnEitherSide() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-03-31", referral), E("C2", "2014-04-01", referral), E("C3", "2015-03-31", referral),
            E("C4", "2015-04-01", referral),
        ], year: 2014, yearCount: 2)
    #expect(report.count("referrals", 2013) == 1)
    #expect(report.count("referrals", 2014) == 2)
}

@Test func reReferralAtExactlyTwelveMonthsCountsAndADayLaterDoesNot() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2013-05-10", referral), E("C1", "2014-05-10", referral),
            E("C2", "2013-05-10", referral), E("C2", "2014-05-11", referral),
        ], year: 2014)
    #expect(report.count("referrals", 2014) == 2)
    #expect(report.count("re-referrals", 2014) == 1)
    #expect(report.tenths("re-referrals-percent", 2014) == 500)
}

@Test func sameDayDuplicateReferralsCountOnceAndAreNotReReferrals() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-06-02", referral), E("C1", "2014-06-02", referral), E("C1", "2014-09-01", referral),
        ], year: 2014)
    #expect(report.count("referrals", 2014) == 2)
    #expect(report.count("referrals-same-day-duplicates", 2014) == 1)
    #expect(report.count("re-referrals", 2014) == 1)  // September, within 12 months of June; not the duplicate
}

@Test func noFurtherActionCountsInTheYearOfTheReferralOncePerReferral() throws {
    let nfa = ReferralDecisionMade(outcome: .noFurtherAction)
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2015-03-30", referral), E("C1", "2015-04-02", nfa), E("C1", "2015-04-03", nfa),
            E("C2", "2014-05-01", referral), E("C2", "2014-05-02", ReferralDecisionMade(outcome: .assessment)),
        ], year: 2015, yearCount: 2)
    #expect(report.count("referrals-nfa", 2014) == 1)
    #expect(report.count("referrals-nfa", 2015) == 0)
    #expect(report.tenths("referrals-nfa-percent", 2014) == 500)
}

@Test func assessmentWithin45WorkingDaysByAuthorisationDateIncludesDay45() throws {
    // 1 Apr 2014 + 45 elapsed working days (Easter 18/21 Apr, 5 and 26 May skipped) is Mon 9 Jun 2014.
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-04-01", started), E("C1", "2014-06-09", authorised),
            E("C2", "2014-04-01", started), E("C2", "2014-06-10", authorised),
            E("C3", "2014-05-01", authorised),  // no start recorded: completed, not within
        ], year: 2014)
    #expect(report.count("assessments-completed", 2014) == 3)
    #expect(report.count("assessments-within-45wd", 2014) == 1)
    #expect(report.tenths("assessments-within-45wd-percent", 2014) == 333)
}

@Test func icpcTimelinessRunsFromTheInitiatingStrategyDiscussionAndExcludesAnIcpcBeforeItsS47() throws {
    // DOMAIN.md §5: 15 WD from Mon 13 May 2013 (27 May skipped) is Tue 4 Jun 2013.
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2013-05-13", discussion, id: "SD1"),
            E("C1", "2013-05-20", Section47Started(strategyDiscussionEventId: "SD1", jointWithPolice: false)),
            E("C1", "2013-06-04", icpc()),
            E("C2", "2013-05-13", discussion, id: "SD2"),
            E("C2", "2013-05-13", Section47Started(strategyDiscussionEventId: "SD2", jointWithPolice: true)),
            E("C2", "2013-06-05", icpc()),
            E("C3", "2013-06-01", icpc()), E("C3", "2013-06-01", discussion, id: "SD3"),
            E("C3", "2013-06-03", Section47Started(strategyDiscussionEventId: "SD3", jointWithPolice: false)),
            E("C3", "2013-06-04", icpc()),
        ], year: 2013)
    #expect(report.count("s47-enquiries", 2013) == 3)
    #expect(report.count("icpcs", 2013) == 4)
    #expect(report.count("icpcs-within-15wd", 2013) == 2)  // C1 (15 WD) and C3's second (2 WD from Saturday 1 June)
}

@Test func planEndingOn31MarchIsNotOpenAt31MarchButOneStartingThenIs() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2013-06-03", plan(.neglect)), E("C1", "2014-03-31", planEnd),
            E("C2", "2014-03-31", plan(.emotional)),
        ], year: 2013)
    #expect(report.count("cpp-started", 2013) == 2)
    #expect(report.count("cpp-ended", 2013) == 1)
    #expect(report.count("cpp-at-31-march", 2013) == 1)
    #expect(report.count("cpp-at-31-march-emo", 2013) == 1)
    #expect(report.count("cpp-at-31-march-neg", 2013) == 0)
}

@Test func secondPlanAndAPlanEndingExactlyTwoYearsAfterItsStart() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2012-05-01", plan(.neglect)), E("C1", "2014-05-01", planEnd),
            E("C1", "2014-06-01", plan(.multiple)),
            E("C2", "2013-05-01", plan(.physical)), E("C2", "2015-04-30", planEnd),  // a day short of 2 years
            E("C3", "2014-07-01", plan(.sexual)),
        ], year: 2015, yearCount: 2)
    #expect(report.count("cpp-started", 2014) == 2)
    #expect(report.count("cpp-second-or-subsequent", 2014) == 1)
    #expect(report.tenths("cpp-second-or-subsequent-percent", 2014) == 500)
    #expect(report.count("cpp-ended", 2014) == 1)
    #expect(report.count("cpp-ended-2-years-plus", 2014) == 1)
    #expect(report.count("cpp-at-31-march", 2014) == 3)  // C2's plan ends 30 Apr 2015, after 31 March
    #expect(report.count("cpp-at-31-march-mul", 2014) == 1)
    #expect(report.count("cpp-ended", 2015) == 1)
    #expect(report.count("cpp-ended-2-years-plus", 2015) == 0)
    #expect(report.count("cpp-at-31-march", 2015) == 2)
}

@Test func childrenInNeedAndLookedAfterAt31March() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-05-01", referral), E("C1", "2015-03-31", CaseClosed(reason: .servicesCeased)),
            E("C2", "2014-05-01", referral), E("C2", "2015-04-01", CaseClosed(reason: .servicesCeased)),
            E("C3", "2014-05-01", BecameLookedAfter(legalStatus: .section20)),
        ], year: 2014)
    #expect(report.count("cin-at-31-march", 2014) == 1)
    #expect(report.count("looked-after-at-31-march", 2014) == 1)
}

@Test func parentalFactorsArePercentagesOfInitialAndReviewConferences() throws {
    let review = RcpcHeld(
        planContinues: true, latestCategory: .neglect,
        parentalFactors: ParentalFactors(domesticAbuse: true, mentalIllHealth: true))
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-05-01", icpc(ParentalFactors(domesticAbuse: true))), E("C1", "2014-08-01", review),
        ], year: 2014)
    #expect(report.count("conferences", 2014) == 2)
    #expect(report.tenths("conferences-domestic-abuse-percent", 2014) == 1_000)
    #expect(report.tenths("conferences-mental-ill-health-percent", 2014) == 500)
    #expect(report.tenths("conferences-drug-misuse-percent", 2014) == 0)
}

@Test func missingEpisodesAndLadoReferralsAreCountedByDate() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage() + [
            E("C1", "2014-05-01", MissingEpisodeStarted(missingFrom: .home, reportedToPolice: true)),
            E("C1", "2014-05-02", LadoNotified(channel: .employer)),
            E("C1", "2015-04-01", LadoNotified(channel: .police)),
        ], year: 2014)
    #expect(report.count("missing-episodes", 2014) == 1)
    #expect(report.count("lado-referrals", 2014) == 1)
}

@Test func ratesNeedTheReferencePopulationAndAreOmittedWithANoteWithoutIt() throws {
    let entries = AnnualLedger.coverage() + (1...3).map { E("C\($0)", "2014-06-01", plan(.neglect)) }
    let without = try AnnualLedger.report(entries, year: 2014)
    #expect(without.value("cpp-at-31-march-rate", in: FinancialYear(startingIn: 2014)) == .unavailable("no reference"))
    #expect(without.notes.contains { $0.contains("no --reference") })
    let reference = try AnnualReference.parse(
        Array(
            #"{"format":"caseledger-annual-reference","version":1,"population0to17":[{"year":"2014-15","count":5000}]}"#
                .utf8))
    let with = try AnnualLedger.report(entries, year: 2014, reference: reference)
    #expect(with.tenths("cpp-at-31-march-rate", 2014) == 60)  // 3 ÷ 5,000 × 10,000 = 6.0
    #expect(with.provenance.parameters["reference"] == "sha256:" + reference.sha256)
}

@Test func yearsBeforeTheLedgersFirstFullYearAreIncomplete() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage(from: "2013-06-01") + [E("C1", "2013-07-01", referral), E("C1", "2014-07-01", referral)],
        year: 2014, yearCount: 2)
    let referrals = try #require(report.row("referrals"))
    #expect(referrals.cells.map { $0.incompleteReason != nil } == [true, false])
    let reReferrals = try #require(report.row("re-referrals"))
    #expect(reReferrals.cells.map { $0.incompleteReason != nil } == [true, true])  // needs 12 months before
    #expect(referrals.cells[0].text == "1*")
}

@Test func aYearAfterTheLastRecordIsIncomplete() throws {
    let report = try AnnualLedger.report(
        AnnualLedger.coverage(to: "2015-01-10") + [E("C1", "2014-07-01", referral)], year: 2014)
    #expect(report.row("referrals")?.cells[0].incompleteReason != nil)
}

@Test func everyRenderingIsByteIdenticalForTheSameLedgerAndParameters() throws {
    let entries = AnnualLedger.coverage() + [E("C1", "2014-06-02", referral), E("C1", "2014-07-01", plan(.neglect))]
    let first = try AnnualLedger.report(entries, year: 2014, yearCount: 3)
    let second = try AnnualLedger.report(entries, year: 2014, yearCount: 3)
    #expect(first.renderText() == second.renderText())
    #expect(first.renderCSV() == second.renderCSV())
    #expect(first.renderJSON() == second.renderJSON())
    #expect(first.renderHTML() == second.renderHTML())
    #expect(first.renderHTML().contains("<svg"))
    #expect(!first.renderHTML().contains("http://") || !first.renderHTML().contains("src="))
}

@Test func explainListsTheChildrenAndLedgerPositionsBehindAPercentage() throws {
    let entries =
        AnnualLedger.coverage() + [
            E("C1", "2013-05-10", referral), E("C1", "2014-05-10", referral), E("C2", "2014-06-01", referral),
        ]
    let explanation = try AnnualExplanation.build(
        figure: try #require(AnnualFigure.named("re-referrals-percent")), state: AnnualLedger.state(entries),
        parameters: AnnualParameters(year: FinancialYear(startingIn: 2014), generatedAt: "2016-04-30T12:00:00Z"))
    #expect(explanation.value == .tenths(500))
    let rows = explanation.contributions.map { "\($0.figureID) \($0.childId) \($0.positions)" }
    #expect(rows == ["re-referrals C1 [2, 3]", "referrals C1 [3]", "referrals C2 [4]"])
    #expect(explanation.renderText().contains("re-referrals  C1     2014-05-10  2 3"))
}
