import Testing

@testable import LedgerCalendar

/// One working-day row of DOMAIN.md §5's worked-examples table.
struct WorkedWorkingDayExample: Sendable, CustomTestStringConvertible {
    let rule: String
    let limitWorkingDays: Int
    let start: String
    let elapsedDue: String
    let inclusiveDue: String
    var testDescription: String { "\(rule) from \(start)" }
}

let workedWorkingDayExamples = [
    WorkedWorkingDayExample(
        rule: "1 WD referral decision", limitWorkingDays: 1, start: "2013-03-28", elapsedDue: "2013-04-02",
        inclusiveDue: "2013-03-28"),
    WorkedWorkingDayExample(
        rule: "45 WD assessment", limitWorkingDays: 45, start: "2013-03-28", elapsedDue: "2013-06-05",
        inclusiveDue: "2013-06-04"),
    WorkedWorkingDayExample(
        rule: "45 WD assessment", limitWorkingDays: 45, start: "2013-04-15", elapsedDue: "2013-06-19",
        inclusiveDue: "2013-06-18"),
    WorkedWorkingDayExample(
        rule: "15 WD ICPC", limitWorkingDays: 15, start: "2013-05-13", elapsedDue: "2013-06-04",
        inclusiveDue: "2013-06-03"),
    WorkedWorkingDayExample(
        rule: "15 WD ICPC", limitWorkingDays: 15, start: "2013-12-16", elapsedDue: "2014-01-09",
        inclusiveDue: "2014-01-08"),
    WorkedWorkingDayExample(
        rule: "10 WD core group", limitWorkingDays: 10, start: "2013-12-17", elapsedDue: "2014-01-03",
        inclusiveDue: "2014-01-02"),
    WorkedWorkingDayExample(
        rule: "15 WD ICPC", limitWorkingDays: 15, start: "2022-05-27", elapsedDue: "2022-06-21",
        inclusiveDue: "2022-06-20"),
    WorkedWorkingDayExample(
        rule: "10 WD core group", limitWorkingDays: 10, start: "2022-09-12", elapsedDue: "2022-09-27",
        inclusiveDue: "2022-09-26"),
    WorkedWorkingDayExample(
        rule: "3 WD coroner", limitWorkingDays: 3, start: "2013-04-26", elapsedDue: "2013-05-01",
        inclusiveDue: "2013-04-30"),
    WorkedWorkingDayExample(
        rule: "1 WD Saturday start", limitWorkingDays: 1, start: "2013-06-08", elapsedDue: "2013-06-10",
        inclusiveDue: "2013-06-10"),
]

@Test(arguments: workedWorkingDayExamples, DayCountConvention.allCases)
func workedExampleDeadlinesMatchTheDomainTable(example: WorkedWorkingDayExample, convention: DayCountConvention)
    throws
{
    let expected = day(convention == .elapsed ? example.elapsedDue : example.inclusiveDue)
    let due = try englandAndWales.addingWorkingDays(
        example.limitWorkingDays, to: day(example.start), convention: convention, nonWorkingStart: .countFromStart)
    #expect(due == expected)
    let counted = try englandAndWales.workingDays(
        from: day(example.start), to: expected, convention: convention, nonWorkingStart: .countFromStart)
    #expect(counted == example.limitWorkingDays)
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
