extension WorkingDayCalendar {
    /// The deadline for `limit` counted from `start`: the computation the rules engine calls.
    ///
    /// - Working days: `addingWorkingDays` from the start's London date under `conventions`.
    /// - Calendar days (C5) and months (C6, clamped, no roll-forward) from the start's London date; the
    ///   calendar and conventions are not consulted and are not recorded.
    /// - Hours (C7): the start instant plus the absolute elapsed time; needs an instant start.
    ///
    /// - Throws: `CalendarError.invalidLimit` for a negative count (or 0 WD inclusive);
    ///   `.instantRequired` for an hour limit from a date-only start (C9: indeterminate);
    ///   `.outsideCoverage` when working days run outside `coveredYears`.
    public func deadline(for limit: TimeLimit, from start: ClockStart, conventions: CountingConventions) throws
        -> Deadline
    {
        guard limit.count >= 0 else { throw CalendarError(.invalidLimit, "limit \(limit) is negative") }
        switch limit {
        case .workingDays(let count):
            let due = try addingWorkingDays(
                count, to: start.londonDate, convention: conventions.dayCount,
                nonWorkingStart: conventions.nonWorkingStart)
            return Deadline(
                due: .date(due),
                provenance: DeadlineProvenance(
                    limit: limit, start: start, conventions: conventions, calendar: provenance))
        case .calendarDays(let count):
            return Self.calendarDeadline(start.londonDate.adding(days: count), limit: limit, start: start)
        case .months(let count):
            return Self.calendarDeadline(start.londonDate.adding(months: count), limit: limit, start: start)
        case .hours(let count):
            guard case .instant(let instant) = start else {
                throw CalendarError(.instantRequired, "limit \(limit) needs a start instant, not a date")
            }
            return Deadline(
                due: .instant(instant.adding(seconds: Int64(count) * 3600)),
                provenance: DeadlineProvenance(limit: limit, start: start, conventions: nil, calendar: nil))
        }
    }

    private static func calendarDeadline(_ due: CivilDate, limit: TimeLimit, start: ClockStart) -> Deadline {
        Deadline(
            due: .date(due), provenance: DeadlineProvenance(limit: limit, start: start, conventions: nil, calendar: nil)
        )
    }
}
