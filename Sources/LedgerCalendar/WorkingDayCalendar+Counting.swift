extension WorkingDayCalendar {
    /// The due date of a limit of `count` working days from `start`.
    ///
    /// - `.elapsed`: the `count`th working day after the (effective) start; `count == 0` gives the start.
    /// - `.inclusive`: the `count`th working day counting the (effective) start itself if it is a working
    ///   day; `count` must be at least 1.
    /// - `nonWorkingStart` decides the effective start when `start` is not a working day.
    ///
    /// Always `workingDays(from: start, to: result, …) == count` under the same conventions.
    ///
    /// - Throws: `CalendarError.invalidLimit` for a negative count or 0 under `.inclusive`;
    ///   `.outsideCoverage` if the count runs past `coveredYears`.
    /// - Complexity: O(calendar days between start and the result).
    public func addingWorkingDays(
        _ count: Int, to start: CivilDate, convention: DayCountConvention, nonWorkingStart: NonWorkingStartPolicy
    ) throws -> CivilDate {
        let minimumCount = convention == .elapsed ? 0 : 1
        guard count >= minimumCount else {
            throw CalendarError(.invalidLimit, "\(count) working days cannot be counted \(convention)")
        }
        let origin = try effectiveStart(start, nonWorkingStart: nonWorkingStart)
        var remaining = count
        var candidate = origin
        if convention == .inclusive, try isWorkingDay(origin) { remaining -= 1 }
        while remaining > 0 {
            candidate = candidate.adding(days: 1)
            if try isWorkingDay(candidate) { remaining -= 1 }
        }
        return candidate
    }

    /// Working days from `start` to `end`.
    ///
    /// - `.elapsed`: working days *after* the (effective) start up to and including `end`; the same day
    ///   gives 0 (C14 statistics: elapsed working days, same day = 0).
    /// - `.inclusive`: as `.elapsed`, plus 1 when the (effective) start is itself a working day.
    /// - When `end` is before the effective start (a completion recorded before its clock started) the
    ///   result is negative under both conventions: minus the working days after `end` up to and
    ///   including the effective start.
    ///
    /// - Throws: `CalendarError.outsideCoverage` if either date is outside `coveredYears`.
    /// - Complexity: O(log h) for h non-working dates.
    public func workingDays(
        from start: CivilDate, to end: CivilDate, convention: DayCountConvention,
        nonWorkingStart: NonWorkingStartPolicy
    ) throws -> Int {
        try requireCoverage(end)
        let origin = try effectiveStart(start, nonWorkingStart: nonWorkingStart)
        guard end >= origin else { return -workingDaysInRange(from: end.dayNumber + 1, through: origin.dayNumber) }
        let elapsed = workingDaysInRange(from: origin.dayNumber + 1, through: end.dayNumber)
        let startCounts = try convention == .inclusive && isWorkingDay(origin)
        return elapsed + (startCounts ? 1 : 0)
    }

    /// `start`, or under `.deemNextWorkingDay` the first working day on or after it.
    private func effectiveStart(_ start: CivilDate, nonWorkingStart: NonWorkingStartPolicy) throws -> CivilDate {
        switch nonWorkingStart {
        case .countFromStart:
            try requireCoverage(start)
            return start
        case .deemNextWorkingDay:
            return try nextWorkingDay(onOrAfter: start)
        }
    }

    /// Working days with day numbers in `first...last` (0 when the range is empty); dates already covered.
    private func workingDaysInRange(from first: Int, through last: Int) -> Int {
        guard first <= last else { return 0 }
        let weekdays = Self.weekdaysBefore(last + 1) - Self.weekdaysBefore(first)
        let holidays = lowerBound(last + 1) - lowerBound(first)
        return weekdays - holidays
    }

    /// Monday-to-Friday days with day numbers below `dayNumber`, counted from the Monday 1970-01-05 (day 4).
    private static func weekdaysBefore(_ dayNumber: Int) -> Int {
        let sinceMonday = dayNumber - 4
        let weeks = sinceMonday >= 0 ? sinceMonday / 7 : (sinceMonday - 6) / 7
        return weeks * 5 + min(sinceMonday - weeks * 7, 5)
    }

    /// Index of the first non-working day number not below `dayNumber`.
    private func lowerBound(_ dayNumber: Int) -> Int {
        var low = 0
        var high = sortedNonWorkingDayNumbers.count
        while low < high {
            let middle = (low + high) / 2
            if sortedNonWorkingDayNumbers[middle] < dayNumber { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
