import LedgerCalendar
import Rulebooks

/// The pairing of a family whose rule links each stop to its start (`match.kind = link`, the DfE 45 WD
/// assessment clock): every start opens a clock of its own, so overlapping assessments are each measured.
/// A stop closes the open clock whose start it names or, when it names none (the link is optional), the
/// earliest open one. A stop that no open clock can take is an `UnpairedStop`, reported, never dropped.
/// Cancel and void events close every open clock they match. Linked rules do not recur.
struct LinkedClockRun {
    /// Supplies the events, the engine and clock evaluation.
    let run: ClockRun
    private var open: [ClockRun.OpenClock] = []
    private var clocks: [Clock] = []
    private var unpaired: [UnpairedStop] = []

    init(_ run: ClockRun) { self.run = run }

    /// Walks the events once: stops, cancellations, voids, then starts.
    mutating func pair() throws(ProjectionError) -> (clocks: [Clock], unpaired: [UnpairedStop]) {
        for index in run.events.indices {
            if let field = linkField(ofStop: run.events[index]) {
                try stop(at: index, linkField: field)
                continue
            }
            try endOpenClocks(at: index)
            startIfQualifying(at: index)
        }
        for current in open where run.isApplicable(current) {
            clocks.append(try run.evaluate(current, stopIndex: nil, ending: nil))
        }
        return (clocks, unpaired)
    }

    /// The link field of the rule whose stop `event` is: an open clock's rule, else the rule in force on
    /// the event's date; nil when the event is no linked stop.
    private func linkField(ofStop event: MatchableEvent) -> String? {
        let inForce =
            run.types.stops.contains(event.effective.typeName)
            ? run.engine.selectRule(family: run.family, on: event.effective.validDate) : nil
        let rules = open.map(\.selected) + [inForce]
        for case let selected? in rules where event.matches(any: selected.rule.stopEvents) {
            if case .link(let field) = selected.rule.stopMatch { return field }
        }
        return nil
    }

    private mutating func stop(at index: Int, linkField field: String) throws(ProjectionError) {
        let event = run.events[index]
        var linked: String?
        if case .string(let id)? = event.conditionValue(field) { linked = id }
        let target =
            linked.map { id in open.firstIndex { run.events[$0.startIndex].effective.eventId == id } }
            ?? open.indices.first
        guard let target else {
            let ruleID = run.engine.selectRule(family: run.family, on: event.effective.validDate)?.rule.id
            return unpaired.append(
                UnpairedStop(
                    childId: run.childId, ruleID: ruleID ?? run.family, eventId: event.effective.eventId,
                    typeName: event.effective.typeName, position: event.effective.position,
                    stop: event.effective.clockPoint, linkedEventId: linked,
                    reason: linked == nil ? .noOpenClock : .linkedStartNotOpen))
        }
        let current = open.remove(at: target)
        if run.isApplicable(current) { clocks.append(try run.evaluate(current, stopIndex: index, ending: .stopped)) }
    }

    private mutating func endOpenClocks(at index: Int) throws(ProjectionError) {
        let event = run.events[index]
        var remaining: [ClockRun.OpenClock] = []
        for current in open {
            let rule = current.selected.rule
            if event.matches(any: rule.voidEvents) { continue }
            guard event.matches(any: rule.cancelEvents) else {
                remaining.append(current)
                continue
            }
            let clock = try run.evaluate(current, stopIndex: index, ending: .endedAfterDue)
            if case .breached = clock.status, run.isApplicable(current) { clocks.append(clock) }
        }
        open = remaining
    }

    private mutating func startIfQualifying(at index: Int) {
        let event = run.events[index]
        guard run.types.starts.contains(event.effective.typeName),
            let selected = run.engine.selectRule(family: run.family, on: event.effective.validDate),
            event.matches(any: selected.rule.startEvents)
        else { return }
        open.append(
            ClockRun.OpenClock(
                selected: selected, startIndex: index, start: event.point(patterns: selected.rule.startEvents),
                occurrence: 0))
    }
}
