import TestSupport
import Testing

@testable import LedgerCalendar

@Test func financialYearRunsFromFirstAprilToThirtyFirstMarchInclusive() {
    let year = FinancialYear(startingIn: 2014)
    #expect(year.firstDay == day("2014-04-01"))
    #expect(year.lastDay == day("2015-03-31"))
    #expect(year.label == "2014/15")
    #expect(year.contains(day("2014-04-01")))
    #expect(year.contains(day("2015-03-31")))
    #expect(!year.contains(day("2014-03-31")))
    #expect(!year.contains(day("2015-04-01")))
}

@Test(arguments: [
    ("2014-04-01", 2014), ("2015-03-31", 2014), ("2014-03-31", 2013), ("2016-02-29", 2015), ("2000-01-01", 1999),
])
func financialYearContainingADateStartsTheAprilBefore(text: String, startYear: Int) {
    let year = FinancialYear(containing: day(text))
    #expect(year.startYear == startYear)
    #expect(year.contains(day(text)))
}

@Test func financialYearLabelsWrapTheCentury() {
    #expect(FinancialYear(startingIn: 1999).label == "1999/00")
    #expect(FinancialYear(startingIn: 2009).description == "2009/10")
    #expect(FinancialYear(startingIn: 2013) < FinancialYear(startingIn: 2014))
}

@Test(arguments: [
    ("2009-03-15", "2013-03-14", 3), ("2009-03-15", "2013-03-15", 4), ("2013-03-15", "2013-03-15", 0),
    ("1995-12-31", "2013-12-30", 17), ("1995-12-31", "2013-12-31", 18),
])
func ageIsInCompletedYears(birth: String, on date: String, expected: Int) {
    #expect(day(birth).age(on: day(date), leapDayBirthdays: .twentyEighthFebruary) == expected)
    #expect(day(birth).age(on: day(date), leapDayBirthdays: .firstMarch) == expected)
}

@Test(arguments: [
    (LeapDayBirthdayPolicy.twentyEighthFebruary, "2013-02-28", 1), (.twentyEighthFebruary, "2013-02-27", 0),
    (.firstMarch, "2013-02-28", 0), (.firstMarch, "2013-03-01", 1), (.firstMarch, "2016-02-29", 4),
    (.twentyEighthFebruary, "2016-02-28", 3), (.twentyEighthFebruary, "2016-02-29", 4),
])
func leapDayBirthdaysFollowThePolicyInNonLeapYears(policy: LeapDayBirthdayPolicy, on date: String, expected: Int) {
    #expect(day("2012-02-29").age(on: day(date), leapDayBirthdays: policy) == expected)
}

@Test func ageBeforeBirthIsAbsent() {
    #expect(day("2013-06-01").age(on: day("2013-05-31"), leapDayBirthdays: .twentyEighthFebruary) == nil)
}
