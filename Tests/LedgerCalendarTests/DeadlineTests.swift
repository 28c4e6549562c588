import TestSupport
import Testing

@testable import LedgerCalendar

private let recommended = CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart)

@Test func workingDayDeadlineRecordsTheConventionsAndTheCalendar() throws {
    let deadline = try englandAndWales.deadline(
        for: .workingDays(45), from: .date(day("2013-04-15")), conventions: recommended)
    #expect(deadline.due == .date(day("2013-06-19")))
    #expect(deadline.provenance.conventions == recommended)
    #expect(deadline.provenance.calendar == englandAndWales.provenance)
    #expect(
        deadline.provenance.description.hasPrefix(
            "45 WD from 2013-04-15; elapsed (C1-A, start = day 0), "
                + "count from start (C2-A); calendar England and Wales bank holidays ew-2010-2027-r1"))
}

@Test(arguments: [TimeLimit.workingDays(-1), .calendarDays(-7), .months(-3), .hours(-72)])
func negativeLimitsAreRefused(limit: TimeLimit) {
    #expect(throws: CalendarError(.invalidLimit, "")) {
        try englandAndWales.deadline(
            for: limit, from: .instant(instant("2013-04-15T09:00:00Z")), conventions: recommended)
    }
}

@Test func zeroWorkingDaysCannotBeCountedInclusively() throws {
    #expect(throws: CalendarError(.invalidLimit, "")) {
        try englandAndWales.addingWorkingDays(
            0, to: day("2013-04-15"), convention: .inclusive, nonWorkingStart: .countFromStart)
    }
    #expect(
        try englandAndWales.addingWorkingDays(
            0, to: day("2013-04-13"), convention: .elapsed, nonWorkingStart: .countFromStart) == day("2013-04-13"))
    #expect(
        try englandAndWales.addingWorkingDays(
            0, to: day("2013-04-13"), convention: .elapsed, nonWorkingStart: .deemNextWorkingDay) == day("2013-04-15"))
}

@Test func hourLimitFromADateOnlyStartIsIndeterminate() {
    #expect(throws: CalendarError(.instantRequired, "")) {
        try englandAndWales.deadline(for: .hours(72), from: .date(day("2013-04-05")), conventions: recommended)
    }
}

@Test(arguments: [
    ("2013-01-31", 3, "2013-04-30"), ("2013-11-29", 3, "2014-02-28"), ("2015-11-30", 3, "2016-02-29"),
    ("2012-02-29", 12, "2013-02-28"), ("2012-02-29", 48, "2016-02-29"), ("2013-08-31", 6, "2014-02-28"),
    ("2013-03-30", 6, "2013-09-30"), ("2013-12-31", 2, "2014-02-28"),
])
func monthDeadlinesClampToMonthEndWithoutRollingForward(start: String, months: Int, expected: String) throws {
    let deadline = try englandAndWales.deadline(for: .months(months), from: .date(day(start)), conventions: recommended)
    #expect(deadline.due == .date(day(expected)))
}

@Test func calendarAndMonthLimitsWorkBeyondTheHolidayCoverage() throws {
    let deadline = try englandAndWales.deadline(
        for: .months(3), from: .date(day("2027-11-30")), conventions: recommended)
    #expect(deadline.due == .date(day("2028-02-29")))
}

@Test func hourLimitFromAnInstantIsAbsoluteElapsedTime() throws {
    let deadline = try englandAndWales.deadline(
        for: .hours(24), from: .instant(instant("2013-10-26T12:00:00+01:00")), conventions: recommended)
    #expect(deadline.due == .instant(instant("2013-10-27T11:00:00Z")))
    #expect(deadline.due.description == "2013-10-27 11:00 GMT")
    #expect(deadline.provenance.description == "24 h from 2013-10-26 12:00 BST (London date 2013-10-26)")
}
