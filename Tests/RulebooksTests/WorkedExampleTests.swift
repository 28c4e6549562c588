import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

@Test(arguments: DomainWorkedExample.all)
func workedExampleFallsDueAsDomainSectionFiveSays(_ example: DomainWorkedExample) throws {
    #expect(try due(example.ruleID, from: example.start) == .date(day(example.elapsedDue)))
    guard let inclusiveDue = example.inclusiveDue else { return }
    let inclusive = RuleSettings(["dayCount": .dayCount(.inclusive)])
    #expect(try due(example.ruleID, from: example.start, settings: inclusive) == .date(day(inclusiveDue)))
}

@Test func saturdayReferralWithTheDeemNextWorkingDayAlternativeFallsDueTuesday() throws {
    let deem = RuleSettings(["nonWorkingStart": .nonWorkingStart(.deemNextWorkingDay)])
    #expect(try due("nat.referral-decision", from: "2013-06-08", settings: deem) == .date(day("2013-06-11")))
}

@Test func saturdayStopAfterAFridayDeadlineIsBreachedByOneWorkingDay() throws {
    // Core group due Fri 3 Jan 2014 (ICPC Tue 17 Dec 2013); a meeting on Sat 4 Jan is late (R4).
    let evaluation = try shippedRule("nat.core-group-first").evaluate(
        start: .date(day("2013-12-17")), stop: .date(day("2014-01-04")), asOf: .date(day("2014-01-04")),
        calendar: englandAndWales)
    #expect(evaluation.status == .breached(by: Overrun(amount: 1, unit: .workingDays)))
}

@Test func monthDeadlineOnASundayIsNotRolledForward() throws {
    // SCR decision 1 month from Thu 19 Dec 2013 is Sun 19 Jan 2014 (R5); Mon 20 Jan is a breach.
    let rule = shippedRule("lscb.scr-decision")
    let evaluation = try rule.evaluate(
        start: .date(day("2013-12-19")), stop: .date(day("2014-01-20")), asOf: .date(day("2014-01-20")),
        calendar: englandAndWales)
    #expect(evaluation.due.deadline?.due == .date(day("2014-01-19")))
    #expect(evaluation.status == .breached(by: Overrun(amount: 1, unit: .calendarDays)))
}

@Test func lateStopReportsTheWorkingDaysOfTheOverrun() throws {
    // ICPC due Tue 4 Jun 2013 (start Mon 13 May); held Tue 11 Jun: 5 working days late.
    let evaluation = try shippedRule("nat.icpc-15").evaluate(
        start: .date(day("2013-05-13")), stop: .date(day("2013-06-11")), asOf: .date(day("2013-06-11")),
        calendar: englandAndWales)
    #expect(evaluation.status == .breached(by: Overrun(amount: 5, unit: .workingDays)))
}

@Test func instantStartCountsWorkingDaysFromItsLondonDate() throws {
    // 23:30 UTC on Mon 13 May 2013 is 00:30 BST on Tue 14 May: 1 WD falls due Wed 15 May, not Tue 14.
    let dueDate = try shippedRule("nat.referral-decision").dueDate(
        clockStart: .instant(instant("2013-05-13T23:30:00Z")), calendar: englandAndWales)
    #expect(dueDate.deadline?.due == .date(day("2013-05-15")))
}

@Test func deadlineRecordsTheConventionsAndTheDefaultSettingsUsed() throws {
    let dueDate = try shippedRule("nat.icpc-15").dueDate(
        clockStart: .date(day("2013-05-13")), calendar: englandAndWales)
    #expect(
        dueDate.deadline?.provenance.conventions
            == CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart))
    #expect(dueDate.rule.appliedSettings.map(\.id) == ["dayCount", "nonWorkingStart", "within"])
    #expect(dueDate.rule.appliedSettings.allSatisfy { $0.isDefault })
    #expect(dueDate.rule.anchor == .first)
}

@Test func startOutsideTheCalendarCoverageIsACalendarError() {
    #expect(throws: RuleEvaluationError(.calendar, ruleID: "", reason: "")) {
        _ = try due("nat.icpc-15", from: "2030-01-07")
    }
}
