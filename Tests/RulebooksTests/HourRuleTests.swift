import LedgerCalendar
import TestSupport
import Testing

@testable import Rulebooks

private let policeProtection = shippedRule("nat.police-protection")

@Test func seventyTwoHoursAcrossTheMarchClockChangeEndsAtThirteenHundredBST() throws {
    // Sat 30 Mar 2013 12:00 GMT + 72 h = Tue 2 Apr 12:00 UTC = 13:00 BST (C7).
    let dueDate = try policeProtection.dueDate(
        clockStart: .instant(instant("2013-03-30T12:00:00Z")), calendar: englandAndWales)
    #expect(dueDate.deadline?.due == .instant(instant("2013-04-02T13:00:00+01:00")))
}

@Test func policeProtectionWorkedExampleEndsMondayAtTwentyTwoThirty() throws {
    let dueDate = try policeProtection.dueDate(
        clockStart: .instant(instant("2013-04-05T22:30:00+01:00")), calendar: englandAndWales)
    #expect(dueDate.deadline?.due == .instant(instant("2013-04-08T22:30:00+01:00")))
}

@Test(arguments: [
    ("2013-04-08T22:29:59+01:00", ClockStatus.met),
    ("2013-04-08T22:30:00+01:00", ClockStatus.met),
    ("2013-04-08T22:30:01+01:00", ClockStatus.breached(by: Overrun(amount: 1, unit: .hours))),
    ("2013-04-09T00:30:00+01:00", ClockStatus.breached(by: Overrun(amount: 2, unit: .hours))),
])
func releaseAroundTheSeventyTwoHourMarkIsMetOrBreached(release: String, expected: ClockStatus) throws {
    let evaluation = try policeProtection.evaluate(
        start: .instant(instant("2013-04-05T22:30:00+01:00")), stop: .instant(instant(release)),
        asOf: .instant(instant(release)), calendar: englandAndWales)
    #expect(evaluation.status == expected)
}

@Test func dateOnlyStartOfAnHourRuleIsIndeterminate() throws {
    let evaluation = try policeProtection.evaluate(
        start: .date(day("2013-04-05")), stop: .instant(instant("2013-04-06T10:00:00Z")),
        asOf: .instant(instant("2013-04-06T10:00:00Z")), calendar: englandAndWales)
    #expect(evaluation.status == .indeterminate)
    #expect(evaluation.due.deadline == nil)
}

@Test func dateOnlyStopOfAnHourRuleIsIndeterminate() throws {
    let evaluation = try policeProtection.evaluate(
        start: .instant(instant("2013-04-05T22:30:00Z")), stop: .date(day("2013-04-06")),
        asOf: .date(day("2013-04-06")), calendar: englandAndWales)
    #expect(evaluation.status == .indeterminate)
}

@Test func openPoliceProtectionIsOverdueAfterSeventyTwoHours() throws {
    let start = ClockStart.instant(instant("2013-04-05T22:30:00Z"))
    let inTime = try policeProtection.evaluate(
        start: start, stop: nil, asOf: .instant(instant("2013-04-08T22:30:00Z")), calendar: englandAndWales)
    let overdue = try policeProtection.evaluate(
        start: start, stop: nil, asOf: .instant(instant("2013-04-09T01:00:00Z")), calendar: englandAndWales)
    #expect(inTime.status == .openInTime)
    #expect(overdue.status == .openOverdue(by: Overrun(amount: 3, unit: .hours)))
}
