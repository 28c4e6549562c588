import CaseModel
import LedgerCalendar
import TestSupport
import Projections

/// How to exercise one shipped clock (a rule id, or a recurrence id) on hand-built events: `build(stop)`
/// gives a ledger where the clock starts on `start` and stops at `stop` (nil: never stops).
struct ShippedRuleScenario: Sendable, CustomStringConvertible {
    /// The rule id or recurrence id the clock carries.
    let clockID: String
    /// The local authority whose book holds the rule (nil: national).
    let authority: String?
    /// The kind of stream the clock runs on.
    let scope: StreamKind
    /// The clock start (London date): a working day in the rule's era.
    let start: CivilDate
    /// False when a clock of this rule cannot be seen open: its start and stop are one received event
    /// (a registrar's or coroner's notification says when the death was registered or the inquest decided).
    let openIsObservable: Bool
    /// The ledger with the clock stopped at the given point, or open (nil).
    let build: @Sendable (ClockStart?) -> TestLedger

    var description: String { clockID }

    init(
        _ clockID: String, authority: String? = nil, scope: StreamKind = .child, start: String,
        openIsObservable: Bool = true, build: @escaping @Sendable (ClockStart?) -> TestLedger
    ) {
        self.clockID = clockID
        self.authority = authority
        self.scope = scope
        self.start = day(start)
        self.openIsObservable = openIsObservable
        self.build = build
    }

    /// A clock started by `startEvent` on `start` (09:00 UTC) and stopped by `stopEvent`.
    static func pair(
        _ clockID: String, authority: String? = nil, scope: StreamKind = .child, start: String,
        startEvents: [any EventData], stopEvent: any EventData
    ) -> ShippedRuleScenario {
        ShippedRuleScenario(clockID, authority: authority, scope: scope, start: start) { stop in
            var ledger = TestLedger()
            for event in startEvents { ledger.append(event, at: .instant(Instant(utcDate: day(start), hour: 9))) }
            if let stop { ledger.append(stopEvent, at: stop) }
            return ledger
        }
    }

    /// The repetition of a recurring rule: `first` starts the series on `start`, `repeated` stops the first
    /// clock 10 days later (opening the repetition) and then stops the repetition at the given point.
    static func repetition(
        _ clockID: String, authority: String? = nil, start: String, first: any EventData, repeated: any EventData
    ) -> ShippedRuleScenario {
        let firstStop = day(start).adding(days: 10)
        return ShippedRuleScenario(clockID, authority: authority, start: firstStop.description) { stop in
            var ledger = TestLedger()
            ledger.append(first, at: .date(day(start)))
            ledger.append(repeated, at: .date(firstStop))
            if let stop { ledger.append(repeated, at: stop) }
            return ledger
        }
    }

    /// A meeting whose own date field (`minutesSharedOn`, …) stops the clock: `meeting(stopDate)` builds it.
    static func sameEvent(
        _ clockID: String, authority: String? = "Oldham", start: String,
        meeting: @escaping @Sendable (CivilDate?) -> any EventData
    ) -> ShippedRuleScenario {
        ShippedRuleScenario(clockID, authority: authority, start: start) { stop in
            var ledger = TestLedger()
            ledger.append(meeting(stop?.londonDate), at: .instant(Instant(utcDate: day(start), hour: 9)))
            return ledger
        }
    }
}

extension TestLedger {
    /// Appends `data` at a clock point: a date, or an instant (its UTC date and time).
    mutating func append(_ data: any EventData, at point: ClockStart, recordedOn: String? = nil) {
        switch point {
        case .date(let date):
            append(data, on: date.description, recordedOn: recordedOn)
        case .instant(let instant):
            let second = instant.utcSecondOfDay
            let time = [second / 3600, second / 60 % 60, second % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
            append(data, on: instant.utcDate.description, at: time.joined(separator: ":"), recordedOn: recordedOn)
        }
    }
}
