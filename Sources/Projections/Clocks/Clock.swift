import LedgerCalendar
import Rulebooks

/// One timescale clock of one child under one rule: where it started and stopped in the ledger, when it
/// fell due, and its status as of a date.
public struct Clock: Hashable, Sendable {
    /// The clock's id: the rule id, or the recurrence id for a repeated clock (`nat.rcpc-next`).
    public var clockID: String
    /// The rule that produced the clock.
    public var ruleID: String
    /// The rule's family.
    public var family: String
    /// The rulebook in force on the clock-start date.
    public var rulebook: RulebookReference
    /// The child's id; for a review-scoped clock (`lscb.scr-decision`), the review's id.
    public var childId: String
    /// 0 for the first clock; k ≥ 1 for the k-th repetition (started at the previous actual stop).
    public var occurrence: Int
    /// The clock start.
    public var start: ClockStart
    /// The ledger position of the event that started the clock.
    public var startPosition: UInt64
    /// The id of the event that started the clock (order-independent, unlike the position).
    public var startEventId: String
    /// The clock stop, if stopped on or before the as-of date.
    public var stop: ClockStart?
    /// The ledger position of the event that stopped (or, for `endedAfterDue`, ended) the clock.
    public var stopPosition: UInt64?
    /// The id of the event at `stopPosition`.
    public var stopEventId: String?
    /// How the clock ended, if it has.
    public var ending: ClockEnding?
    /// The limit applied.
    public var limit: TimeLimit
    /// The due date or instant (nil when indeterminate).
    public var due: DueTime?
    /// The status as of the evaluation date.
    public var status: ClockStatus
    /// The elapsed time from start to stop in `durationUnit` (nil while open or when indeterminate).
    public var duration: Int?
    /// Every setting consulted, with its value and whether it was a default.
    public var appliedSettings: [AppliedSetting]

    /// The unit `duration` and overruns are reported in: working days, calendar days (also for month
    /// rules) or hours.
    public var durationUnit: LimitUnit { limit.unit == .months ? .calendarDays : limit.unit }

    /// Drill-down order within one child and clock id, independent of ledger positions: start (London
    /// date, then instant), start event id, occurrence.
    public static func startOrder(_ a: Clock, _ b: Clock) -> Bool {
        (a.start.londonDate, a.start.instantSeconds, a.startEventId, a.occurrence)
            < (b.start.londonDate, b.start.instantSeconds, b.startEventId, b.occurrence)
    }
}

extension ClockStart {
    /// The instant in seconds, or `Int64.min` for a date-only point (sorts first on its day).
    var instantSeconds: Int64 {
        guard case .instant(let instant) = self else { return Int64.min }
        return instant.secondsSinceEpoch
    }
}

/// How a clock ended.
public enum ClockEnding: String, Hashable, Sendable {
    /// A stop event stopped it.
    case stopped
    /// A cancel or series-ending event closed it after its due date had passed: a breach (R13).
    case endedAfterDue
}

/// The rulebook a clock was measured under.
public struct RulebookReference: Hashable, Sendable, Comparable {
    /// The book's name (`wt2013`).
    public var name: String
    /// The book's version.
    public var version: String
    /// Lowercase hex SHA-256 of the book's canonical JSON.
    public var contentHash: String

    /// The reference of a selected rule's book.
    public init(_ selected: SelectedRule) {
        name = selected.rulebookName
        version = selected.rulebookVersion
        contentHash = selected.rulebookContentHash
    }

    /// By name, then version.
    public static func < (a: RulebookReference, b: RulebookReference) -> Bool {
        (a.name, a.version, a.contentHash) < (b.name, b.version, b.contentHash)
    }
}
