import LedgerCalendar
import Rulebooks

/// The pairing of one family's clocks over one child's events, in valid-time order.
struct ClockRun {
    /// A clock that has started and not yet stopped.
    struct OpenClock {
        var selected: SelectedRule
        var startIndex: Int
        /// Nil when the start event lacks the rule's start `timeField`: the clock cannot be measured.
        var start: ClockStart?
        var occurrence: Int
    }

    let engine: ClockEngine
    let family: String
    /// The types any rule of `family` starts or stops on.
    let types: FamilyEventTypes
    let childId: String
    let events: [MatchableEvent]
    let asOf: CivilDate
    private var open: OpenClock?
    private var clocks: [Clock] = []
    /// The index of the event that last stopped, cancelled or voided a clock (-1 before any): a start link
    /// never reaches back past it.
    private var lastEndIndex = -1
    /// Event indexes by event id, built when a start link first needs them.
    private var indexByEventID: [String: Int]?

    init(
        engine: ClockEngine, family: String, types: FamilyEventTypes, childId: String, events: [MatchableEvent],
        asOf: CivilDate
    ) {
        self.engine = engine
        self.family = family
        self.types = types
        self.childId = childId
        self.events = events
        self.asOf = asOf
    }

    /// Walks the events once: starts, anchors, stops, cancellations and recurrences.
    mutating func pair() throws(ProjectionError) -> [Clock] {
        for index in events.indices {
            if let current = open {
                try advance(current, with: index)
            } else {
                try startIfQualifying(at: index)
            }
        }
        if let current = open, isApplicable(current) {
            clocks.append(try evaluate(current, stopIndex: nil, ending: nil))
        }
        return clocks
    }

    private mutating func advance(_ current: OpenClock, with index: Int) throws(ProjectionError) {
        let rule = current.selected.rule
        let event = events[index]
        if isStop(event, at: index, for: current) {
            return try close(current, stoppedAt: index)
        }
        if event.matches(any: rule.voidEvents) {
            open = nil
            lastEndIndex = index
            return
        }
        if event.matches(any: rule.cancelEvents + (rule.recurrence?.endsWith ?? [])) {
            let clock = try evaluate(current, stopIndex: index, ending: .endedAfterDue)
            if case .breached = clock.status, isApplicable(current) { clocks.append(clock) }
            open = nil
            lastEndIndex = index
            return
        }
        if current.occurrence == 0, let linked = linkedStart(named: event, for: current) {
            open?.startIndex = linked
            open?.start = events[linked].point(patterns: rule.startEvents)
            return
        }
        if current.occurrence == 0, event.matches(any: rule.startEvents), anchor(of: current) == .last {
            open?.startIndex = index
            open?.start = event.point(patterns: rule.startEvents)
        }
    }

    private mutating func startIfQualifying(at index: Int) throws(ProjectionError) {
        let event = events[index]
        guard types.starts.contains(event.effective.typeName),
            let selected = engine.selectRule(family: family, on: event.effective.validDate),
            event.matches(any: selected.rule.startEvents)
        else { return }
        let clock = OpenClock(
            selected: selected, startIndex: index, start: event.point(patterns: selected.rule.startEvents),
            occurrence: 0)
        open = clock
        if case .sameEvent = selected.rule.stopMatch { try close(clock, stoppedAt: index) }
    }

    private func isStop(_ event: MatchableEvent, at index: Int, for current: OpenClock) -> Bool {
        let rule = current.selected.rule
        guard index != current.startIndex, event.matches(any: rule.stopEvents) else { return false }
        guard case .link(let field) = rule.stopMatch else { return true }
        return event.conditionValue(field) == .string(events[current.startIndex].effective.eventId)
    }

    /// The index of the start event `event` names through the rule's start link (`Section47Started` naming
    /// its strategy discussion), if it qualifies as a start and lies after the last clock's end.
    private mutating func linkedStart(named event: MatchableEvent, for current: OpenClock) -> Int? {
        let rule = current.selected.rule
        guard let link = rule.startLink, event.effective.typeName == link.eventType,
            case .string(let id)? = event.conditionValue(link.field)
        else { return nil }
        if indexByEventID == nil {
            indexByEventID = Dictionary(
                events.indices.map { (events[$0].effective.eventId, $0) }, uniquingKeysWith: { first, _ in first })
        }
        guard let index = indexByEventID?[id], index > lastEndIndex, events[index].matches(any: rule.startEvents)
        else { return nil }
        return index
    }

    /// Records the stopped clock and, for a recurring rule, opens the next one at the actual stop.
    private mutating func close(_ current: OpenClock, stoppedAt index: Int) throws(ProjectionError) {
        if isApplicable(current) { clocks.append(try evaluate(current, stopIndex: index, ending: .stopped)) }
        open = nil
        lastEndIndex = index
        let stopEvent = events[index]
        let stopPoint = stopEvent.point(patterns: current.selected.rule.stopEvents) ?? stopEvent.effective.clockPoint
        guard current.selected.rule.recurrence != nil,
            let next = engine.selectRule(family: family, on: stopPoint.londonDate), next.rule.recurrence != nil
        else { return }
        open = OpenClock(selected: next, startIndex: index, start: stopPoint, occurrence: current.occurrence + 1)
    }

    private func anchor(of current: OpenClock) -> ClockAnchor {
        (try? current.selected.rule.resolved(settings: engine.settings, occurrence: 0).anchor) ?? .first
    }

    /// A rule with `requires` patterns scores a clock only if a matching event follows its start.
    func isApplicable(_ current: OpenClock) -> Bool {
        let required = current.selected.rule.requiredEvents
        guard !required.isEmpty else { return true }
        return events[(current.startIndex + 1)...].contains { $0.matches(any: required) }
    }
}
