import LedgerCalendar
import Rulebooks

extension ClockRun {
    /// Evaluates `current` with the event at `stopIndex` as its stop (nil: open as of `asOf`).
    ///
    /// The stop point is the matching stop pattern's `timeField` (minutes shared, a record time) or the stop
    /// event's valid time. A stop event without that field, or whose point is after `asOf`, leaves the clock
    /// open: minutes not known to be shared are not shared. A start without its `timeField` is indeterminate.
    func evaluate(_ current: OpenClock, stopIndex: Int?, ending: ClockEnding?) throws(ProjectionError) -> Clock {
        let rule = current.selected.rule
        let stopEvent = stopIndex.map { events[$0] }
        let stop = stopEvent.flatMap { $0.point(patterns: rule.stopEvents) }.flatMap {
            $0.londonDate <= asOf ? $0 : nil
        }
        let startEvent = events[current.startIndex].effective
        let evaluation: ClockEvaluation
        do {
            if let start = current.start {
                evaluation = try rule.evaluate(
                    start: start, stop: stop, asOf: .instant(Self.endOfLondonDay(asOf)), calendar: engine.calendar,
                    settings: engine.settings, occurrence: current.occurrence)
            } else {
                evaluation = try rule.unmeasurable(settings: engine.settings, occurrence: current.occurrence)
            }
        } catch {
            throw ProjectionError(.evaluation, position: startEvent.position, reason: error.description)
        }
        var clock = Clock(
            clockID: evaluation.due.rule.clockID, ruleID: rule.id, family: family,
            rulebook: RulebookReference(current.selected), childId: childId, occurrence: current.occurrence,
            start: current.start ?? startEvent.clockPoint, startPosition: startEvent.position,
            startEventId: startEvent.eventId, stop: stop,
            stopPosition: stop == nil ? nil : stopEvent?.effective.position,
            stopEventId: stop == nil ? nil : stopEvent?.effective.eventId, ending: stop == nil ? nil : ending,
            limit: evaluation.due.rule.limit, due: evaluation.due.deadline?.due, status: evaluation.status,
            duration: nil, appliedSettings: evaluation.due.rule.appliedSettings)
        if let stop, let start = current.start {
            clock.duration = try duration(from: start, to: stop, unit: clock.durationUnit)
        }
        return clock
    }

    /// The last second of `date` in Europe/London: "as of a date" includes the whole day, so an open hour
    /// clock (police protection) is judged at that instant rather than being indeterminate (its London date,
    /// which day and month rules compare, is `date` itself).
    static func endOfLondonDay(_ date: CivilDate) -> Instant {
        let nextMidnightUTC = Instant(utcDate: date.adding(days: 1))
        return nextMidnightUTC.adding(seconds: -Int64(nextMidnightUTC.londonOffsetSeconds) - 1)
    }

    /// Elapsed units from start to stop: working days (elapsed, same day = 0), calendar days, or whole
    /// hours rounded up (nil when either point is date-only).
    private func duration(from start: ClockStart, to stop: ClockStart, unit: LimitUnit) throws(ProjectionError)
        -> Int?
    {
        switch (unit, start, stop) {
        case (.hours, .instant(let from), .instant(let to)):
            return Int((to.secondsSinceEpoch - from.secondsSinceEpoch + 3599) / 3600)
        case (.hours, _, _):
            return nil
        case (.workingDays, _, _):
            do {
                return try engine.calendar.workingDays(
                    from: start.londonDate, to: stop.londonDate, convention: .elapsed,
                    nonWorkingStart: .countFromStart)
            } catch {
                throw ProjectionError(.evaluation, reason: "duration: \(error)")
            }
        default:
            return start.londonDate.days(until: stop.londonDate)
        }
    }
}
