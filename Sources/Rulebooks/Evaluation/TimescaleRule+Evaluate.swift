import LedgerCalendar

extension TimescaleRule {
    /// Evaluates one clock: met, breached, open in time, open overdue or indeterminate.
    ///
    /// Day and month limits compare London dates: a stop dated after the due date is a breach even on a
    /// non-working day (R4). Hour limits compare instants; a date-only point makes the clock
    /// indeterminate (C9). A stop before the start is counted as met (the ordering check belongs to the
    /// projection's data-quality findings).
    ///
    /// - Parameters:
    ///   - start: the clock start.
    ///   - stop: the matched stop, or nil while the clock is open.
    ///   - asOf: the point an open clock is judged at (ignored once stopped).
    ///   - occurrence: 0 for the first clock, k ≥ 1 for the k-th repetition.
    /// - Throws: `RuleEvaluationError`, as `dueDate`.
    public func evaluate(
        start: ClockStart, stop: ClockStart?, asOf: ClockStart, calendar: WorkingDayCalendar,
        settings: RuleSettings = RuleSettings(), occurrence: Int = 0
    ) throws(RuleEvaluationError) -> ClockEvaluation {
        let due = try dueDate(clockStart: start, calendar: calendar, settings: settings, occurrence: occurrence)
        guard let deadline = due.deadline else { return ClockEvaluation(status: .indeterminate, due: due) }
        let point = stop ?? asOf
        guard let overrun = try overrun(of: point, past: deadline.due, rule: due.rule, calendar: calendar) else {
            return ClockEvaluation(status: .indeterminate, due: due)
        }
        // Month rules report their overrun in calendar days; every other unit in its own unit.
        let unit = due.rule.limit.unit == .months ? LimitUnit.calendarDays : due.rule.limit.unit
        let status: ClockStatus
        switch (stop, overrun) {
        case (.some, 0): status = .met
        case (.some, _): status = .breached(by: Overrun(amount: overrun, unit: unit))
        case (.none, 0): status = .openInTime
        case (.none, _): status = .openOverdue(by: Overrun(amount: overrun, unit: unit))
        }
        return ClockEvaluation(status: status, due: due)
    }

    /// The evaluation of a clock whose start point is unknown (its start event lacks the rule's start
    /// `timeField`, such as a coroner's notification without the date of the decision): indeterminate,
    /// with the limit and settings it would have used.
    ///
    /// - Throws: `RuleEvaluationError`, as `resolved`.
    public func unmeasurable(settings: RuleSettings = RuleSettings(), occurrence: Int = 0)
        throws(RuleEvaluationError) -> ClockEvaluation
    {
        ClockEvaluation(
            status: .indeterminate,
            due: RuleDueDate(rule: try resolved(settings: settings, occurrence: occurrence), deadline: nil))
    }

    /// Units by which `point` is past the due time: 0 when it complies, nil when indeterminate.
    private func overrun(
        of point: ClockStart, past due: DueTime, rule: ResolvedRule, calendar: WorkingDayCalendar
    ) throws(RuleEvaluationError) -> Int? {
        switch (due, point) {
        case (.instant(let dueInstant), .instant(let instant)):
            let lateSeconds = instant.secondsSinceEpoch - dueInstant.secondsSinceEpoch
            guard lateSeconds > 0 || (lateSeconds == 0 && rule.within == .before) else { return 0 }
            return max(1, Int((lateSeconds + 3599) / 3600))
        case (.instant, .date):
            return nil
        case (.date(let dueDate), _):
            let date = point.londonDate
            guard date > dueDate || (date == dueDate && rule.within == .before) else { return 0 }
            return max(1, try daysLate(date, after: dueDate, unit: rule.limit.unit, calendar: calendar))
        }
    }

    /// Working days (a non-working date counts as the next working day) or calendar days from `due` to `date`.
    private func daysLate(
        _ date: CivilDate, after due: CivilDate, unit: LimitUnit, calendar: WorkingDayCalendar
    ) throws(RuleEvaluationError) -> Int {
        guard unit == .workingDays else { return due.days(until: date) }
        do {
            let effective = try calendar.nextWorkingDay(onOrAfter: date)
            return try calendar.workingDays(
                from: due, to: effective, convention: .elapsed, nonWorkingStart: .countFromStart)
        } catch let error as CalendarError {
            throw RuleEvaluationError(.calendar, ruleID: id, reason: error.message, calendarError: error)
        } catch {
            preconditionFailure("WorkingDayCalendar throws only CalendarError")
        }
    }
}
