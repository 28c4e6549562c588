import SeededRandom
import Testing

@testable import LedgerCalendar

private let limits = [0, 1, 2, 3, 5, 10, 15, 20, 45, 65]

@Test(arguments: propertyStartDates, NonWorkingStartPolicy.allCases)
func countingBackTheElapsedDeadlineGivesTheLimit(start: CivilDate, policy: NonWorkingStartPolicy) throws {
    for limit in limits {
        let due = try englandAndWales.addingWorkingDays(limit, to: start, convention: .elapsed, nonWorkingStart: policy)
        let counted = try englandAndWales.workingDays(
            from: start, to: due, convention: .elapsed, nonWorkingStart: policy)
        #expect(counted == limit, "limit \(limit) WD, seed \(propertySeed)")
    }
}

@Test(arguments: propertyStartDates, NonWorkingStartPolicy.allCases)
func countingBackTheInclusiveDeadlineGivesTheLimit(start: CivilDate, policy: NonWorkingStartPolicy) throws {
    for limit in limits where limit >= 1 {
        let due = try englandAndWales.addingWorkingDays(
            limit, to: start, convention: .inclusive, nonWorkingStart: policy)
        let counted = try englandAndWales.workingDays(
            from: start, to: due, convention: .inclusive, nonWorkingStart: policy)
        #expect(counted == limit, "limit \(limit) WD, seed \(propertySeed)")
    }
}

@Test(arguments: propertyStartDates, DayCountConvention.allCases)
func everyPositiveDeadlineIsAWorkingDayAfterOrOnTheStart(start: CivilDate, convention: DayCountConvention) throws {
    for limit in limits where limit >= 1 {
        let due = try englandAndWales.addingWorkingDays(
            limit, to: start, convention: convention, nonWorkingStart: .countFromStart)
        #expect(try englandAndWales.isWorkingDay(due), "limit \(limit) WD, seed \(propertySeed)")
        #expect(due >= start)
    }
}

@Test(arguments: propertyStartDates)
func inclusiveDeadlineIsOneWorkingDayBeforeTheElapsedOneWhenTheStartIsAWorkingDay(start: CivilDate) throws {
    let startIsWorking = try englandAndWales.isWorkingDay(start)
    for limit in limits where limit >= 1 {
        let elapsed = try englandAndWales.addingWorkingDays(
            limit, to: start, convention: .elapsed, nonWorkingStart: .countFromStart)
        let inclusive = try englandAndWales.addingWorkingDays(
            limit, to: start, convention: .inclusive, nonWorkingStart: .countFromStart)
        let gap = try englandAndWales.workingDays(
            from: inclusive, to: elapsed, convention: .elapsed, nonWorkingStart: .countFromStart)
        #expect(gap == (startIsWorking ? 1 : 0), "limit \(limit) WD, seed \(propertySeed)")
    }
}

@Test(arguments: propertyStartDates)
func workingDayCountMatchesADayByDayCountAndIsAntisymmetric(start: CivilDate) throws {
    var generator = SplitMix64(seed: propertySeed ^ UInt64(start.dayNumber))
    let end = start.adding(days: generator.integer(in: -120...400))
    let counted = try englandAndWales.workingDays(
        from: start, to: end, convention: .elapsed, nonWorkingStart: .countFromStart)
    let expected =
        end >= start
        ? try naiveWorkingDaysAfter(start, through: end) : -(try naiveWorkingDaysAfter(end, through: start))
    #expect(counted == expected, "end \(end), seed \(propertySeed)")
    let reversed = try englandAndWales.workingDays(
        from: end, to: start, convention: .elapsed, nonWorkingStart: .countFromStart)
    #expect(reversed == -counted)
}

@Test(arguments: propertyStartDates)
func sameDayDurationIsZeroElapsedAndOneInclusiveOnWorkingDays(start: CivilDate) throws {
    let elapsed = try englandAndWales.workingDays(
        from: start, to: start, convention: .elapsed, nonWorkingStart: .countFromStart)
    let inclusive = try englandAndWales.workingDays(
        from: start, to: start, convention: .inclusive, nonWorkingStart: .countFromStart)
    #expect(elapsed == 0)
    #expect(inclusive == (try englandAndWales.isWorkingDay(start) ? 1 : 0))
}
