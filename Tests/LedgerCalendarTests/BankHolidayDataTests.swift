import Foundation
import TestSupport
import Testing

@testable import LedgerCalendar

@Test func embeddedBankHolidayTextIsByteIdenticalToTheShippedDataFile() throws {
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let dataFile = packageRoot.appendingPathComponent("Sources/LedgerCalendar/Data/bank-holidays-england-wales.txt")
    let fileBytes = try #require(FileManager.default.contents(atPath: dataFile.path))
    #expect(Array(fileBytes) == Array(WorkingDayCalendar.englandAndWalesBankHolidaysText.utf8))
}

@Test func englandAndWalesCoversTwentyTenToTwentyTwentySevenWithOneHundredFortyNineDates() {
    #expect(englandAndWales.coveredYears == 2010...2027)
    #expect(englandAndWales.nonWorkingDates.count == 149)
    #expect(englandAndWales.provenance.nonWorkingDateCount == 149)
    #expect(englandAndWales.sourceHeader.first?.hasPrefix("England & Wales bank holidays, 2010-2027") == true)
    #expect(englandAndWales.sourceHeader.contains { $0.hasPrefix("Provenance:") })
}

@Test(arguments: 2010...2027)
func bankHolidayCountPerYearMatchesTheDataHeader(year: Int) {
    let expected = [2011: 9, 2012: 9, 2022: 10, 2023: 9][year] ?? 8
    #expect(englandAndWales.nonWorkingDates.filter { $0.year == year }.count == expected)
}

@Test func everyListedBankHolidayIsAWeekday() {
    #expect(englandAndWales.nonWorkingDates.allSatisfy { !$0.isWeekend })
}

@Test(arguments: [
    // Christmas and New Year substitute days.
    "2010-12-27", "2010-12-28", "2011-01-03", "2015-12-28", "2016-12-26", "2016-12-27", "2017-01-02",
    "2021-12-27", "2021-12-28", "2022-01-03", "2022-12-26", "2022-12-27", "2023-01-02",
    // Easter: Good Friday and Easter Monday.
    "2010-04-02", "2010-04-05", "2013-03-29", "2013-04-01", "2016-03-25", "2016-03-28", "2019-04-19",
    "2019-04-22", "2024-03-29", "2024-04-01", "2025-04-18", "2025-04-21",
    // One-off and moved days.
    "2011-04-29", "2012-06-04", "2012-06-05", "2020-05-08", "2022-06-02", "2022-06-03", "2022-09-19",
    "2023-05-08",
])
func bankHolidaysAreNotWorkingDays(text: String) throws {
    let date = day(text)
    #expect(!date.isWeekend)
    #expect(try !englandAndWales.isWorkingDay(date))
}

@Test(arguments: [
    // Nominal dates that moved or fell at a weekend, and days next to holidays.
    "2010-12-24", "2010-12-29", "2015-12-29", "2016-12-28", "2012-05-28", "2022-05-30", "2020-05-04",
    "2022-09-20", "2023-05-09", "2013-03-28", "2013-04-02", "2012-02-29", "2016-02-29", "2020-02-28",
    "2024-02-29", "2013-12-31", "2014-01-02", "2021-12-24", "2021-12-29",
])
func daysBesideHolidaysAndLeapDaysAreWorkingDays(text: String) throws {
    #expect(try englandAndWales.isWorkingDay(day(text)))
}

@Test(arguments: ["2010-12-25", "2010-12-26", "2011-01-01", "2016-12-25", "2022-01-01", "2020-02-29", "2013-06-08"])
func weekendsAreNotWorkingDays(text: String) throws {
    #expect(day(text).isWeekend)
    #expect(try !englandAndWales.isWorkingDay(day(text)))
}

@Test func nextWorkingDaySkipsTheChristmasAndNewYearSubstituteDays() throws {
    #expect(try englandAndWales.nextWorkingDay(onOrAfter: day("2010-12-25")) == day("2010-12-29"))
    #expect(try englandAndWales.nextWorkingDay(onOrAfter: day("2011-01-01")) == day("2011-01-04"))
    #expect(try englandAndWales.nextWorkingDay(onOrAfter: day("2022-12-24")) == day("2022-12-28"))
    #expect(try englandAndWales.nextWorkingDay(onOrAfter: day("2013-04-02")) == day("2013-04-02"))
}

@Test func workingDaysAcrossYearBoundariesSkipSubstituteDays() throws {
    let spans = [("2016-12-23", "2017-01-03"), ("2021-12-24", "2022-01-04"), ("2010-12-24", "2011-01-04")]
    let counts = try spans.map {
        try englandAndWales.workingDays(
            from: day($0.0), to: day($0.1), convention: .elapsed, nonWorkingStart: .countFromStart)
    }
    #expect(counts == [4, 4, 4])  // three days between the substitute holidays, then the 4th working day
}
