import TestSupport
import Testing

@testable import LedgerCalendar

@Test(arguments: DomainWorkedExample.workingDayRows, DayCountConvention.allCases)
func workedExampleDeadlinesMatchTheDomainTable(example: DomainWorkedExample, convention: DayCountConvention)
    throws
{
    let expected = day(convention == .elapsed ? example.elapsedDue : example.inclusiveDue!)
    let due = try englandAndWales.addingWorkingDays(
        example.limitWorkingDays!, to: day(example.start), convention: convention, nonWorkingStart: .countFromStart)
    #expect(due == expected)
    let counted = try englandAndWales.workingDays(
        from: day(example.start), to: expected, convention: convention, nonWorkingStart: .countFromStart)
    #expect(counted == example.limitWorkingDays!)
}

@Test func saturdayReferralDeemedReceivedMondayFallsDueTuesdayUnderTheC2Alternative() throws {
    let due = try englandAndWales.addingWorkingDays(
        1, to: day("2013-06-08"), convention: .elapsed, nonWorkingStart: .deemNextWorkingDay)
    #expect(due == day("2013-06-11"))
    let inclusiveDue = try englandAndWales.addingWorkingDays(
        1, to: day("2013-06-08"), convention: .inclusive, nonWorkingStart: .deemNextWorkingDay)
    #expect(inclusiveDue == day("2013-06-10"))
}

@Test(arguments: [
    (TimeLimit.months(3), "2013-01-31", "2013-04-30"), (.months(3), "2013-11-29", "2014-02-28"),
    (.calendarDays(7), "2013-12-20", "2013-12-27"), (.calendarDays(28), "2013-12-10", "2014-01-07"),
])
func calendarWorkedExamplesMatchTheDomainTable(limit: TimeLimit, start: String, expected: String) throws {
    let conventions = CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart)
    let deadline = try englandAndWales.deadline(for: limit, from: .date(day(start)), conventions: conventions)
    #expect(deadline.due == .date(day(expected)))
    #expect(deadline.provenance.calendar == nil)
    #expect(deadline.provenance.conventions == nil)
}

@Test func policeProtectionSeventyTwoHoursEndsAtTheSameLondonTimeWithoutAClockChange() throws {
    let start = instant("2013-04-05T22:30:00+01:00")
    let conventions = CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart)
    let deadline = try englandAndWales.deadline(for: .hours(72), from: .instant(start), conventions: conventions)
    #expect(deadline.due == .instant(instant("2013-04-08T22:30:00+01:00")))
    #expect(deadline.due.description == "2013-04-08 22:30 BST")
}

@Test func seventyTwoHoursAcrossTheMarchTwentyThirteenClockChangeEndsAtThirteenHundredBST() throws {
    let start = instant("2013-03-30T12:00:00Z")
    let conventions = CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart)
    let deadline = try englandAndWales.deadline(for: .hours(72), from: .instant(start), conventions: conventions)
    #expect(deadline.due.description == "2013-04-02 13:00 BST")
    #expect(start.londonDescription == "2013-03-30 12:00 GMT")
}
