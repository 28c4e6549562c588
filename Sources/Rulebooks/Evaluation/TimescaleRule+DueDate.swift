import LedgerCalendar

/// A rule's due date for one clock, with everything that produced it.
public struct RuleDueDate: Hashable, Sendable {
    /// The resolved rule: clock id, limit, conventions and the settings used.
    public var rule: ResolvedRule
    /// The calendar's deadline and its provenance; nil when indeterminate (an hour limit from a date-only
    /// start, C9).
    public var deadline: Deadline?
}

extension TimescaleRule {
    /// The due date of a clock started at `clockStart`.
    ///
    /// Day and month limits count from the start's London date; hour limits need an instant (a date-only
    /// start gives a nil deadline: indeterminate, C9). Month limits clamp at month end and never roll
    /// forward off a weekend or holiday (R5).
    ///
    /// - Parameters:
    ///   - clockStart: the date or instant the clock starts (the anchored start event's clock point).
    ///   - calendar: the working-day calendar (recorded in the deadline's provenance).
    ///   - settings: caller overrides; every setting used is recorded in the result.
    ///   - occurrence: 0 for the first clock; k ≥ 1 for the k-th repetition, started at the previous stop.
    /// - Throws: `RuleEvaluationError` for a bad override, a rule that does not recur, or a calendar refusal
    ///   (a date outside the calendar's coverage).
    public func dueDate(
        clockStart: ClockStart, calendar: WorkingDayCalendar, settings: RuleSettings = RuleSettings(),
        occurrence: Int = 0
    ) throws(RuleEvaluationError) -> RuleDueDate {
        let resolved = try resolved(settings: settings, occurrence: occurrence)
        if case .hours = resolved.limit, case .date = clockStart {
            return RuleDueDate(rule: resolved, deadline: nil)
        }
        do {
            let deadline = try calendar.deadline(
                for: resolved.limit, from: clockStart, conventions: resolved.conventions)
            return RuleDueDate(rule: resolved, deadline: deadline)
        } catch let error as CalendarError {
            throw RuleEvaluationError(.calendar, ruleID: id, reason: error.message, calendarError: error)
        } catch {
            preconditionFailure("WorkingDayCalendar throws only CalendarError")
        }
    }
}
