import LedgerCalendar
import Rulebooks
import TextFormats

/// An effective event for matching against rule patterns. Its payload fields are turned into JSON values
/// only when a condition, link or time field first reads them (most events only have their type compared),
/// and then once.
struct MatchableEvent {
    let effective: EffectiveEvent
    private let payload: PayloadFields

    init(_ effective: EffectiveEvent) {
        self.effective = effective
        payload = PayloadFields(effective)
    }

    /// The payload's top-level fields.
    var fields: [String: JSONValue] { payload.fields }

    /// The field's value as a rule condition sees it (strings, integers and Booleans only).
    func conditionValue(_ name: String) -> ConditionValue? {
        switch fields[name] {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .bool(let flag): .bool(flag)
        default: nil
        }
    }

    /// Whether any of `patterns` matches this event.
    func matches(any patterns: [EventPattern]) -> Bool {
        patterns.contains { $0.matches(type: effective.typeName, field: conditionValue) }
    }

    /// The clock point a pattern reads: its `timeField` (`recordedAt`, or a payload date or instant), or
    /// the event's valid time when it names none; nil when the event lacks the field (minutes not yet
    /// shared): never the valid time instead, which would make such a clock met on the day.
    func clockPoint(timeField: String?) -> ClockStart? {
        guard let timeField else { return effective.clockPoint }
        if timeField == "recordedAt" { return .instant(effective.event.envelope.recordedAt) }
        guard case .string(let text) = fields[timeField] else { return nil }
        if let instant = Instant(iso8601: text) { return .instant(instant) }
        return CivilDate(iso8601: text).map(ClockStart.date)
    }

    /// The clock point under the first of `patterns` that matches (a start's or a stop's).
    func point(patterns: [EventPattern]) -> ClockStart? {
        let pattern = patterns.first { $0.matches(type: effective.typeName, field: conditionValue) }
        return clockPoint(timeField: pattern?.timeField)
    }
}

/// The payload fields of one event, computed on first use. Used by one clock pairing on one thread.
private final class PayloadFields {
    private let effective: EffectiveEvent
    private(set) lazy var fields: [String: JSONValue] = effective.dataFields

    init(_ effective: EffectiveEvent) { self.effective = effective }
}
