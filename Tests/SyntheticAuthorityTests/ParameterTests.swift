import LedgerCalendar
import SyntheticAuthority
import Testing

@Suite struct ParameterTests {
    @Test(arguments: [0, -1, AuthorityParameters.childCountMax + 1])
    func childCountOutsideItsRangeIsRefused(childCount: Int) {
        #expect(throws: SyntheticAuthorityError(.invalidParameters, "")) {
            try SyntheticAuthority(parameters: Fixture.parameters(childCount: childCount))
        }
    }

    @Test func startAfterEndIsRefused() {
        var parameters = Fixture.parameters(childCount: 1)
        parameters.startDate = parameters.endDate.adding(days: 1)
        #expect(throws: SyntheticAuthorityError(.invalidParameters, "")) {
            try SyntheticAuthority(parameters: parameters)
        }
    }

    @Test(arguments: [(2009, 2012), (2012, 2027)])
    func datesOutsideTheCalendarLessAYearOfMarginAreRefused(startYear: Int, endYear: Int) {
        let parameters = AuthorityParameters(
            seed: 1, childCount: 1, startDate: CivilDate(year: startYear, month: 1, day: 1)!,
            endDate: CivilDate(year: endYear, month: 12, day: 31)!)
        #expect(throws: SyntheticAuthorityError(.invalidParameters, "")) {
            try SyntheticAuthority(parameters: parameters)
        }
    }

    @Test func theWidestAcceptedWindowGeneratesWithinTheCalendar() throws {
        let parameters = AuthorityParameters(
            seed: 9, childCount: 40, startDate: CivilDate(year: 2010, month: 1, day: 1)!,
            endDate: CivilDate(year: 2026, month: 12, day: 31)!)
        let summary = try SyntheticAuthority(parameters: parameters).generate { _ in }
        #expect(summary.childCount == 40)
    }

    @Test func aSinkErrorStopsGenerationAndIsRethrown() {
        struct Full: Error {}
        var received = 0
        #expect(throws: Full.self) {
            try SyntheticAuthority(parameters: Fixture.parameters(childCount: 50)).generate { _ in
                received += 1
                if received == 10 { throw Full() }
            }
        }
        #expect(received == 10)
    }
}
