import TestSupport
import Testing

@testable import LedgerCalendar

private let outsideCoverage = CalendarError(.outsideCoverage, "")

@Test(arguments: ["2009-12-31", "2028-01-03", "1999-06-01", "2150-03-03"])
func askingAboutADateOutsideCoverageThrowsRatherThanGuessing(text: String) {
    let date = day(text)
    #expect(throws: outsideCoverage) { try englandAndWales.isWorkingDay(date) }
    #expect(throws: outsideCoverage) { try englandAndWales.nextWorkingDay(onOrAfter: date) }
    #expect(throws: outsideCoverage) {
        try englandAndWales.workingDays(
            from: day("2020-01-06"), to: date, convention: .elapsed, nonWorkingStart: .countFromStart)
    }
    #expect(throws: outsideCoverage) {
        try englandAndWales.workingDays(
            from: date, to: day("2020-01-06"), convention: .elapsed, nonWorkingStart: .countFromStart)
    }
}

@Test func outsideCoverageErrorCarriesTheDateButKeepsItOutOfTheMessage() {
    #expect {
        try englandAndWales.isWorkingDay(day("2028-03-14"))
    } throws: { error in
        guard let error = error as? CalendarError else { return false }
        return error.date == day("2028-03-14") && !error.description.contains("2028-03-14")
            && error.description.contains("2010–2027")
    }
}

@Test func countingPastTheLastCoveredYearThrows() throws {
    #expect(
        try englandAndWales.addingWorkingDays(
            1, to: day("2027-12-30"), convention: .elapsed, nonWorkingStart: .countFromStart) == day("2027-12-31"))
    #expect(throws: outsideCoverage) {
        try englandAndWales.addingWorkingDays(
            2, to: day("2027-12-30"), convention: .elapsed, nonWorkingStart: .countFromStart)
    }
    #expect(throws: outsideCoverage) {
        try englandAndWales.addingWorkingDays(
            1, to: day("2009-12-31"), convention: .elapsed, nonWorkingStart: .deemNextWorkingDay)
    }
}

@Test func extendingWithTheNextYearCoversItAndRecordsTheExtension() throws {
    let nextYear = try WorkingDayCalendar(
        name: "England and Wales 2028", version: "test", parsing: "# test data\n2028-01-03\n2028-04-14\n")
    let extended = try englandAndWales.extended(with: nextYear, label: "2028-test")
    #expect(extended.coveredYears == 2010...2028)
    #expect(extended.version == "ew-2010-2027-r1+2028-test")
    #expect(try !extended.isWorkingDay(day("2028-04-14")))
    #expect(
        try extended.addingWorkingDays(
            2, to: day("2027-12-30"), convention: .elapsed, nonWorkingStart: .countFromStart) == day("2028-01-04"))
    #expect(extended.provenance.fingerprint != englandAndWales.provenance.fingerprint)
}

@Test func extendingWithANonAdjacentYearIsRefused() throws {
    let distant = try WorkingDayCalendar(name: "2030", version: "test", parsing: "2030-01-01\n")
    #expect(throws: CalendarError(.incompatibleCoverage, "")) {
        try englandAndWales.extended(with: distant, label: "2030")
    }
}

@Test func localClosuresBecomeNonWorkingDaysAndChangeTheVersion() throws {
    let closures = try HolidayCalendarData(parsing: "# Council Christmas closure\n2013-12-27\n2013-12-30\n2013-12-31\n")
    let local = try englandAndWales.adding(closures: closures, label: "closures-2013")
    #expect(try !local.isWorkingDay(day("2013-12-30")))
    #expect(try englandAndWales.isWorkingDay(day("2013-12-30")))
    #expect(local.version == "ew-2010-2027-r1+closures-2013")
    #expect(local.provenance.nonWorkingDateCount == 152)
    // 10 WD core group from Tue 17 Dec 2013: 3 Jan nationally, three closure days later locally.
    #expect(
        try local.addingWorkingDays(
            10, to: day("2013-12-17"), convention: .elapsed, nonWorkingStart: .countFromStart) == day("2014-01-08"))
}

@Test func closuresOutsideCoverageAreRefused() throws {
    let closures = try HolidayCalendarData(parsing: "2028-01-04\n")
    #expect(throws: CalendarError(.incompatibleCoverage, "")) {
        try englandAndWales.adding(closures: closures, label: "late")
    }
}

@Test func provenanceNamesTheCalendarVersionAndIsStable() {
    let provenance = englandAndWales.provenance
    #expect(provenance == WorkingDayCalendar.englandAndWales.provenance)
    #expect(
        provenance.description.hasPrefix(
            "England and Wales bank holidays ew-2010-2027-r1 (2010–2027, 149 dates, fnv1a64 "))
}
