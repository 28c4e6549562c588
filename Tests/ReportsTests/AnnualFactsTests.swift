import CaseModel
import LedgerCalendar
import Projections
import Reports
import Testing

private typealias E = AnnualEntry

private let generatedAt = "2016-04-30T12:00:00Z"

private func contributions(_ facts: AnnualFacts, _ startYears: ClosedRange<Int>) throws(ProjectionError)
    -> [AnnualContribution]
{
    var all: [AnnualContribution] = []
    try facts.forEachContribution(years: startYears.map { FinancialYear(startingIn: $0) }) { all.append($0) }
    return all
}

/// A plan started in 2012 with nothing after it is open on every later 31 March (the final state's snapshot
/// moved to each year); a plan that ends later counts only up to the 31 March before its end.
@Test func aChildsFinalStateCountsOnEvery31MarchAfterItsLastEvent() throws {
    let entries =
        AnnualLedger.coverage() + [
            E("C1", "2012-05-01", CpPlanStarted(initialCategory: .neglect)),
            E("C2", "2012-05-01", CpPlanStarted(initialCategory: .physical)),
            E("C2", "2016-01-10", CpPlanEnded(reason: .noLongerAtRisk)),
        ]
    let report = try AnnualLedger.report(entries, year: 2016, yearCount: 5)
    #expect((2012...2014).map { report.count("cpp-at-31-march", $0) } == [2, 2, 2])
    #expect(report.count("cpp-at-31-march", 2015) == 1 && report.count("cpp-at-31-march", 2016) == 1)
    let explanation = try AnnualExplanation.build(
        figure: try #require(AnnualFigure.named("cpp-at-31-march")), state: AnnualLedger.state(entries),
        parameters: AnnualParameters(year: FinancialYear(startingIn: 2016), generatedAt: generatedAt))
    #expect(explanation.contributions.map { "\($0.childId) \($0.date) \($0.positions)" } == ["C1 2017-03-31 [2]"])
}

/// The contributions to any range of years are the wide range's, filtered, in the same order: what is stored
/// for the years of the events and extended past the last one agrees with itself wherever a range starts.
@Test func everyRangeOfYearsGetsTheWideRangesContributionsInTheSameOrder() throws {
    let entries =
        AnnualLedger.coverage() + [
            E("C1", "2013-05-10", AnnualLedger.referral), E("C1", "2014-05-10", AnnualLedger.referral),
            E("C1", "2014-06-01", CpPlanStarted(initialCategory: .emotional)),
            E("C2", "2011-06-01", BecameLookedAfter(legalStatus: .section20)),
            E("C3", "2015-03-31", AnnualLedger.referral), E("C3", "2015-04-01", CaseClosed(reason: .servicesCeased)),
        ]
    let facts = AnnualFacts(state: try AnnualLedger.state(entries))
    let wide = try contributions(facts, 2005...2022)
    #expect(wide.contains { $0.figureID == "looked-after-at-31-march" && $0.year.startYear == 2022 })
    for first in 2008...2019 {
        for last in first...(first + 3) {
            let expected = wide.filter { (first...last).contains($0.year.startYear) }
            #expect(try contributions(facts, first...last) == expected, "\(first)...\(last)")
        }
    }
}

@Test func factsReadBackFromTheirSectionEqualTheFactsFolded() throws {
    let state = try AnnualLedger.state(
        AnnualLedger.coverage() + [
            E("C1", "2014-06-02", AnnualLedger.referral), E("C2", "2014-07-01", AnnualLedger.referral),
        ])
    let facts = AnnualFacts(state: state)
    let section = facts.section
    #expect(section.name == "annual-facts")
    let read = try #require(try AnnualFacts(section: section))
    #expect(read == facts)
    let parameters = AnnualParameters(year: FinancialYear(startingIn: 2014), yearCount: 3, generatedAt: generatedAt)
    #expect(
        try AnnualReport.build(facts: read, summary: state.summary, parameters: parameters).renderJSON()
            == (try AnnualReport.build(state: state, parameters: parameters).renderJSON()))
}

@Test func factsStoredUnderOtherInputsAreNotReadAndDamagedFactsAreRefused() throws {
    let facts = AnnualFacts(state: try AnnualLedger.state(AnnualLedger.coverage()))
    var stale = CheckpointWriter()
    stale.string("annual-facts/0; definitions annual-figures/1; calendar x")
    stale.append(Array(facts.section.bytes.dropFirst(4 + facts.key.utf8.count)))
    #expect(try AnnualFacts(section: CheckpointSection(name: "annual-facts", bytes: stale.bytes)) == nil)
    #expect(try AnnualFacts(section: CheckpointSection(name: "other", bytes: facts.section.bytes)) == nil)
    #expect(throws: ProjectionError(.malformedCheckpoint, reason: "")) {
        try AnnualFacts(section: CheckpointSection(name: "annual-facts", bytes: [200, 0, 0, 0, 1]))
    }
    var truncated = facts.section
    truncated.bytes.removeLast(3)
    let damaged = try #require(try AnnualFacts(section: truncated))
    #expect(throws: ProjectionError(.malformedCheckpoint, reason: "")) {
        try damaged.forEachContribution(years: [FinancialYear(startingIn: 2014)]) { _ in }
    }
}

/// A fold that fails (an assessment authorised after the calendar's last year) is stored as that failure and
/// thrown by any report, whatever the years asked for, as the fold itself would.
@Test func aChildWhoseFoldFailsMakesEveryReportFailWithTheStoredError() throws {
    let entries =
        AnnualLedger.coverage() + [
            E("C1", "2030-01-06", AssessmentStarted(legalBasis: .section17)),
            E("C1", "2030-01-20", AssessmentAuthorised(childInNeed: true, factors: [], nextStep: .cinPlan)),
        ]
    let facts = try #require(try AnnualFacts(section: AnnualFacts(state: try AnnualLedger.state(entries)).section))
    do {
        _ = try contributions(facts, 2014...2014)
        Issue.record("the stored failure was not thrown")
    } catch {
        #expect(error.code == .evaluation && error.position == 3)
    }
}
