/// A versioned working-day calendar: Monday to Friday, minus a set of non-working weekdays (bank holidays
/// and any local closures), valid for a contiguous range of years.
///
/// **Coverage policy.** The calendar answers only for dates inside `coveredYears`. Any question that
/// touches a date outside them throws `CalendarError.outsideCoverage` instead of silently treating the
/// date as "weekends only": a missing bank holiday would move a statutory deadline by a day. Extend the
/// calendar with `extended(with:label:)` to cover more years.
///
/// Record `provenance` with every value computed from the calendar, so a replay can use the calendar
/// as it was known at the time (DOMAIN.md §5).
public struct WorkingDayCalendar: Hashable, Sendable {
    /// Human-readable name, e.g. "England and Wales bank holidays".
    public let name: String
    /// Version label; grows a `+label` suffix for every extension or set of closures added.
    public let version: String
    /// Header comment lines of the source data (provenance as published with the data).
    public let sourceHeader: [String]
    /// The years this calendar answers for, inclusive.
    public let coveredYears: ClosedRange<Int>
    /// Every non-working weekday in `coveredYears` (weekends are non-working without being listed).
    public let nonWorkingDates: Set<CivilDate>
    /// `nonWorkingDates` as ascending day numbers, for counting by binary search.
    let sortedNonWorkingDayNumbers: [Int]

    /// Builds a calendar from holiday data; the covered years are the data's first to last year.
    ///
    /// - Throws: `CalendarError.incompatibleCoverage` if some year in that span lists no date (a gap is
    ///   far more likely a truncated file than a year without holidays).
    public init(name: String, version: String, data: HolidayCalendarData) throws {
        let listedYears = Set(data.dates.map(\.year))
        if let emptyYear = data.yearSpan.first(where: { !listedYears.contains($0) }) {
            throw CalendarError(.incompatibleCoverage, "year \(emptyYear) lists no non-working dates")
        }
        self.init(
            name: name, version: version, sourceHeader: data.header, coveredYears: data.yearSpan,
            nonWorkingDates: Set(data.dates))
    }

    /// Parses holiday text (format: `HolidayCalendarData`) and builds a calendar from it.
    ///
    /// - Throws: `CalendarError.malformedData` with the line and reason, or `.incompatibleCoverage`.
    public init(name: String, version: String, parsing text: String) throws {
        try self.init(name: name, version: version, data: try HolidayCalendarData(parsing: text))
    }

    private init(
        name: String, version: String, sourceHeader: [String], coveredYears: ClosedRange<Int>,
        nonWorkingDates: Set<CivilDate>
    ) {
        self.name = name
        self.version = version
        self.sourceHeader = sourceHeader
        self.coveredYears = coveredYears
        self.nonWorkingDates = nonWorkingDates
        self.sortedNonWorkingDayNumbers = nonWorkingDates.map(\.dayNumber).sorted()
    }

    /// True if `date` is a Monday to Friday that is not listed as non-working.
    ///
    /// - Throws: `CalendarError.outsideCoverage` if `date` is outside `coveredYears`.
    public func isWorkingDay(_ date: CivilDate) throws -> Bool {
        try requireCoverage(date)
        return !date.isWeekend && !nonWorkingDates.contains(date)
    }

    /// `date` itself if it is a working day, otherwise the first working day after it.
    ///
    /// - Throws: `CalendarError.outsideCoverage` if the search leaves `coveredYears`.
    public func nextWorkingDay(onOrAfter date: CivilDate) throws -> CivilDate {
        var candidate = date
        while try !isWorkingDay(candidate) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// This calendar with extra non-working days (local closures, e.g. a council's Christmas closure).
    ///
    /// - Parameter label: names the closures; appended to `version` as `+label`.
    /// - Throws: `CalendarError.incompatibleCoverage` if a closure lies outside `coveredYears`.
    public func adding(closures: HolidayCalendarData, label: String) throws -> WorkingDayCalendar {
        guard coveredYears.contains(closures.yearSpan.lowerBound), coveredYears.contains(closures.yearSpan.upperBound)
        else {
            throw CalendarError(.incompatibleCoverage, "closures \(label) lie outside covered years \(coverageText)")
        }
        return WorkingDayCalendar(
            name: name, version: version + "+" + label, sourceHeader: sourceHeader, coveredYears: coveredYears,
            nonWorkingDates: nonWorkingDates.union(closures.dates))
    }

    /// This calendar extended by another covering adjacent or overlapping years (e.g. newly published
    /// bank holidays). Non-working dates are the union of both.
    ///
    /// - Parameter label: names the extension; appended to `version` as `+label`.
    /// - Throws: `CalendarError.incompatibleCoverage` if the two coverages would leave a gap.
    public func extended(with other: WorkingDayCalendar, label: String) throws -> WorkingDayCalendar {
        guard other.coveredYears.lowerBound <= coveredYears.upperBound + 1,
            coveredYears.lowerBound <= other.coveredYears.upperBound + 1
        else {
            throw CalendarError(
                .incompatibleCoverage, "\(other.coverageText) is not adjacent to covered years \(coverageText)")
        }
        let years =
            min(
                coveredYears.lowerBound, other.coveredYears.lowerBound)...max(
                coveredYears.upperBound, other.coveredYears.upperBound)
        return WorkingDayCalendar(
            name: name, version: version + "+" + label, sourceHeader: sourceHeader + other.sourceHeader,
            coveredYears: years, nonWorkingDates: nonWorkingDates.union(other.nonWorkingDates))
    }

    /// Throws `outsideCoverage` unless `date` lies in `coveredYears`.
    func requireCoverage(_ date: CivilDate) throws {
        guard coveredYears.contains(date.year) else {
            throw CalendarError(
                .outsideCoverage, "\(name) \(version) covers \(coverageText) only; extend it first", date: date)
        }
    }

    /// `2010–2027`.
    var coverageText: String { "\(coveredYears.lowerBound)–\(coveredYears.upperBound)" }
}
