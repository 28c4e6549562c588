import LedgerCalendar
import Rulebooks

extension ClockRun {
    /// Evaluates `current` with the event at `stopIndex` as its stop (nil: open as of `asOf`).
    func evaluate(_ current: OpenClock, stopIndex: Int?, ending: ClockEnding?) throws(ProjectionError) -> Clock {
        let rule = current.selected.rule
        let stopEvent = stopIndex.map { events[$0] }
        let stop = stopEvent.map { event in
            rule.stopMatch == .sameEvent ? event.effective.clockPoint : event.clockPoint(timeField: nil)
        }
        let startEvent = events[current.startIndex].effective
        let startPosition = startEvent.position
        let evaluation: ClockEvaluation
        do {
            evaluation = try rule.evaluate(
                start: current.start, stop: stop, asOf: .date(asOf), calendar: engine.calendar,
                settings: engine.settings, occurrence: current.occurrence)
        } catch {
            throw ProjectionError(.evaluation, position: startPosition, reason: error.description)
        }
        var clock = Clock(
            clockID: evaluation.due.rule.clockID, ruleID: rule.id, family: family,
            rulebook: RulebookReference(current.selected), childId: childId, occurrence: current.occurrence,
            start: current.start, startPosition: startPosition, startEventId: startEvent.eventId, stop: stop,
            stopPosition: stopEvent?.effective.position, stopEventId: stopEvent?.effective.eventId, ending: ending, limit: evaluation.due.rule.limit,
            due: evaluation.due.deadline?.due, status: evaluation.status, duration: nil,
            appliedSettings: evaluation.due.rule.appliedSettings)
        if let stop { clock.duration = try duration(from: current.start, to: stop, unit: clock.durationUnit) }
        return clock
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
