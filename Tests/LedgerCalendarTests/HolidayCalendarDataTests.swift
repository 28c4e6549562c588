import TestSupport
import Testing

@testable import LedgerCalendar

@Test func parsingKeepsTheHeaderAndAcceptsNotesBlankLinesAndCRLF() throws {
    let text =
        "# Local closures\r\n#   second line\r\n\r\n2013-12-27  # council closure\r\n  2014-01-02\t\r\n# trailing\n"
    let data = try HolidayCalendarData(parsing: text)
    #expect(data.dates == [day("2013-12-27"), day("2014-01-02")])
    #expect(data.header == ["Local closures", "  second line"])
    #expect(data.yearSpan == 2013...2014)
}

@Test(arguments: [
    ("2013-01-01\n2013-02-30\n", 2, "real date"),
    ("# header\n2013-01-01\n2013-01-05\n", 3, "weekend"),
    ("2013-01-02\n2013-01-01\n", 2, "ascending"),
    ("2013-01-01\n2013-01-01\n", 2, "ascending"),
    ("2013-01-01 Tuesday\n", 1, "unexpected text"),
    ("13-01-01\n", 1, "real date"),
    ("2013/01/01\n", 1, "real date"),
])
func malformedHolidayDataNamesTheLineAndTheReason(text: String, line: Int, reason: String) {
    #expect {
        try HolidayCalendarData(parsing: text)
    } throws: { error in
        guard let error = error as? CalendarError else { return false }
        return error.code == .malformedData && error.line == line && error.message.contains(reason)
            && error.description.hasPrefix("malformedData: line \(line): ")
    }
}

@Test(arguments: ["", "# only a comment\n", "\n\n"])
func holidayDataWithNoDatesIsRefused(text: String) {
    #expect(throws: CalendarError(.malformedData, "")) { try HolidayCalendarData(parsing: text) }
}

@Test func calendarWithAYearListingNoDatesIsRefusedAsAGap() {
    #expect(throws: CalendarError(.incompatibleCoverage, "")) {
        try WorkingDayCalendar(name: "gap", version: "1", parsing: "2010-01-01\n2012-01-02\n")
    }
}
