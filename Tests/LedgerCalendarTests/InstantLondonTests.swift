import TestSupport
import Testing

@testable import LedgerCalendar

@Test(arguments: [
    // Late-evening instants: the London date moves to the next day only in BST.
    ("2013-04-05T23:30:00Z", "2013-04-06", "2013-04-06 00:30 BST"),
    ("2013-04-05T22:59:59Z", "2013-04-05", "2013-04-05 23:59 BST"),
    ("2013-12-31T23:30:00Z", "2013-12-31", "2013-12-31 23:30 GMT"),
    ("2022-06-30T23:00:00Z", "2022-07-01", "2022-07-01 00:00 BST"),
    // Clock changes: 31 Mar 2013 and 27 Oct 2013 at 01:00 UTC.
    ("2013-03-31T00:59:59Z", "2013-03-31", "2013-03-31 00:59 GMT"),
    ("2013-03-31T01:00:00Z", "2013-03-31", "2013-03-31 02:00 BST"),
    ("2013-10-27T00:59:59Z", "2013-10-27", "2013-10-27 01:59 BST"),
    ("2013-10-27T01:00:00Z", "2013-10-27", "2013-10-27 01:00 GMT"),
    ("2024-03-31T01:00:00Z", "2024-03-31", "2024-03-31 02:00 BST"),
    ("2024-10-26T23:30:00Z", "2024-10-27", "2024-10-27 00:30 BST"),
])
func londonDateAndDisplayFollowTheBritishSummerTimeRule(utc: String, londonDate: String, display: String) {
    let moment = instant(utc)
    #expect(moment.londonDate == day(londonDate))
    #expect(moment.londonDescription == display)
}

@Test(arguments: 1996...2030)
func britishSummerTimeStartsAndEndsOnTheLastSundaysOfMarchAndOctober(year: Int) {
    let start = Instant.britishSummerTimeBoundary(year: year, month: 3)
    let end = Instant.britishSummerTimeBoundary(year: year, month: 10)
    for boundary in [start, end] {
        #expect(boundary.utcDate.isoWeekday == 7)
        #expect(boundary.utcDate.day >= 25)
        #expect(boundary.utcSecondOfDay == 3600)
    }
    #expect(!start.adding(seconds: -1).isBritishSummerTime)
    #expect(start.isBritishSummerTime)
    #expect(end.adding(seconds: -1).isBritishSummerTime)
    #expect(!end.isBritishSummerTime)
}

@Test func londonTimeReportsLocalFieldsIncludingSeconds() {
    let time = instant("2013-07-01T12:34:56Z").londonTime
    #expect(time.hour == 13)
    #expect(time.minute == 34)
    #expect(time.second == 56)
}

@Test func dayRulesStartedFromAnInstantUseTheLondonDate() throws {
    // Thu 28 Mar 2013 23:30 UTC is still GMT, so the local date is 28 Mar: 1 WD falls due Tue 2 Apr.
    let conventions = CountingConventions(dayCount: .elapsed, nonWorkingStart: .countFromStart)
    let gmtEvening = try englandAndWales.deadline(
        for: .workingDays(1), from: .instant(instant("2013-03-28T23:30:00Z")), conventions: conventions)
    #expect(gmtEvening.due == .date(day("2013-04-02")))
    // Fri 5 Apr 2013 23:30 UTC is Sat 6 Apr 00:30 BST: counted from Saturday, Monday is day 1.
    let bstEvening = try englandAndWales.deadline(
        for: .workingDays(1), from: .instant(instant("2013-04-05T23:30:00Z")), conventions: conventions)
    #expect(bstEvening.due == .date(day("2013-04-08")))
    #expect(bstEvening.provenance.description.contains("London date 2013-04-06"))
}
