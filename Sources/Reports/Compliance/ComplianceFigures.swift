import Projections
import Rulebooks

/// Counts of clocks by status, and the derived percentage in time.
public struct StatusCounts: Hashable, Sendable {
    /// Clocks started in the period (scored: cancelled-in-time clocks are not instances).
    public var instances = 0
    /// Stopped on or before the due date.
    public var met = 0
    /// Stopped after the due date, or ended after it without a stop (R13).
    public var breached = 0
    /// Open and past the due date as of the report date.
    public var openOverdue = 0
    /// Open and not past the due date.
    public var openInTime = 0
    /// Undecidable (hour rules with date-only points, C9).
    public var indeterminate = 0

    /// Creates zero counts.
    public init() {}

    /// met + breached + open-overdue: every clock whose outcome is known to be in or out of time.
    public var decided: Int { met + breached + openOverdue }

    /// met ÷ decided, in tenths of a percent rounded half up; nil when nothing is decided.
    public var inTimePerMille: Int? { decided == 0 ? nil : (met * 1000 + decided / 2) / decided }

    /// `83.3`, or `n/a`.
    public var inTimeText: String { inTimePerMille.map { "\($0 / 10).\($0 % 10)" } ?? "n/a" }

    /// Counts one clock.
    mutating func add(_ status: ClockStatus) {
        instances += 1
        switch status {
        case .met: met += 1
        case .breached: breached += 1
        case .openOverdue: openOverdue += 1
        case .openInTime: openInTime += 1
        case .indeterminate: indeterminate += 1
        }
    }
}

/// The figures of one rule (one clock id under one rulebook).
public struct RuleFigures: Hashable, Sendable {
    /// The clock id (`nat.icpc-15`, `nat.rcpc-next`).
    public var clockID: String
    /// The rulebook.
    public var rulebook: RulebookReference
    /// The rule's title (`Initial child protection conference within 15 working days`), empty if unknown.
    public var title: String = ""
    /// The rule's source citation as the rulebook gives it, empty if unknown.
    public var citation: String = ""
    /// The limit (`15 WD`).
    public var limitText: String
    /// The unit durations are given in.
    public var durationUnit: LimitUnit
    /// Status counts.
    public var counts: StatusCounts
    /// Median duration of stopped clocks (nearest rank), in `durationUnit`.
    public var medianDuration: Int?
    /// 90th-percentile duration of stopped clocks (nearest rank), in `durationUnit`.
    public var percentile90Duration: Int?
}

/// Status counts of one rule for one team or worker.
public struct GroupFigures: Hashable, Sendable {
    /// The clock id.
    public var clockID: String
    /// The team or worker id at the clock start (`unallocated` when none).
    public var group: String
    /// Status counts.
    public var counts: StatusCounts
}

/// One counted clock with the team and worker it is attributed to; its start and stop positions are the
/// ledger records behind it.
public struct CountedClock: Hashable, Sendable {
    /// The clock.
    public var clock: Clock
    /// The team at the clock start.
    public var team: String
    /// The worker at the clock start.
    public var worker: String

    /// Drill-down order: rulebook, clock id, child, then `Clock.startOrder` (never the ledger position, so
    /// the order does not depend on the order events were imported in).
    static func drillDownOrder(_ a: CountedClock, _ b: CountedClock) -> Bool {
        if (a.clock.rulebook, a.clock.clockID, a.clock.childId) != (b.clock.rulebook, b.clock.clockID, b.clock.childId)
        {
            return (a.clock.rulebook, a.clock.clockID, a.clock.childId)
                < (b.clock.rulebook, b.clock.clockID, b.clock.childId)
        }
        return Clock.startOrder(a.clock, b.clock)
    }

    /// Breach order: clock id, child, then `Clock.startOrder`.
    static func breachOrder(_ a: CountedClock, _ b: CountedClock) -> Bool {
        if (a.clock.clockID, a.clock.childId) != (b.clock.clockID, b.clock.childId) {
            return (a.clock.clockID, a.clock.childId) < (b.clock.clockID, b.clock.childId)
        }
        return Clock.startOrder(a.clock, b.clock)
    }
}
