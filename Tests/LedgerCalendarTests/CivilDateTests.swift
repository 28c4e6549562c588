import Testing

@testable import LedgerCalendar

@Test func civilDateRoundTripsThroughDayNumberAcrossLeapYears() {
    for dayNumber in -25_000...60_000 {
        let date = CivilDate(dayNumber: dayNumber)
        let (year, month, day) = date.components
        #expect(CivilDate(year: year, month: month, day: day)?.dayNumber == dayNumber)
    }
}

@Test(arguments: ["2013-02-29", "2013-13-01", "2013-00-10", "2013-4-1", "2013-04-31", "abcd-01-01", ""])
func civilDateRejectsImpossibleOrMalformedText(text: String) {
    #expect(CivilDate(iso8601: text) == nil)
}

@Test func civilDateKnowsWeekdaysAndLeapDays() {
    #expect(CivilDate(iso8601: "2013-03-28")?.isoWeekday == 4)  // Thursday before Easter 2013
    #expect(CivilDate(iso8601: "2013-06-08")?.isWeekend == true)
    #expect(CivilDate(iso8601: "2024-02-29") != nil)
    #expect(CivilDate(iso8601: "2100-02-29") == nil)
    #expect(CivilDate(iso8601: "2000-02-29") != nil)
}

@Test(arguments: [
    ("2013-01-31", 3, "2013-04-30"), ("2013-11-29", 3, "2014-02-28"), ("2024-02-29", 12, "2025-02-28"),
    ("2023-08-31", 6, "2024-02-29"), ("2013-05-15", -5, "2012-12-15"),
])
func addingMonthsClampsToMonthEnd(start: String, months: Int, expected: String) {
    #expect(CivilDate(iso8601: start)!.adding(months: months).description == expected)
}

@Test func instantParsesOffsetsAndRefusesLocalTimes() {
    #expect(Instant(iso8601: "2013-04-05T22:30:00Z")?.description == "2013-04-05T22:30:00Z")
    #expect(Instant(iso8601: "2013-04-05T23:30:00+01:00")?.description == "2013-04-05T22:30:00Z")
    #expect(Instant(iso8601: "2013-04-05T22:30:00") == nil)
    #expect(Instant(iso8601: "2013-04-05T24:30:00Z") == nil)
}
