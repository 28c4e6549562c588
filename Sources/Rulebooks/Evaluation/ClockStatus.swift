import LedgerCalendar

/// How far past its due date a clock ran, in the rule's unit (calendar days for month rules, whole hours
/// rounded up for hour rules); at least 1.
public struct Overrun: Hashable, Sendable, CustomStringConvertible {
    /// The number of units late.
    public var amount: Int
    /// The unit of `amount`.
    public var unit: LimitUnit

    /// Creates an overrun.
    public init(amount: Int, unit: LimitUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// `3 workingDays`.
    public var description: String { "\(amount) \(unit.rawValue)" }
}

/// The state of one clock.
public enum ClockStatus: Hashable, Sendable, CustomStringConvertible {
    /// Stopped on or before the due date (C4).
    case met
    /// Stopped after the due date (R4: by date, even on a non-working day).
    case breached(by: Overrun)
    /// Not stopped, and the as-of point is not past the due date.
    case openInTime
    /// Not stopped, and the as-of point is past the due date.
    case openOverdue(by: Overrun)
    /// Cannot be decided: an hour limit with a date-only start, stop or as-of point (C9).
    case indeterminate

    /// `met`, `breached by 2 workingDays`, `open in time`, `open overdue by 1 hours`, `indeterminate`.
    public var description: String {
        switch self {
        case .met: "met"
        case .breached(let overrun): "breached by \(overrun)"
        case .openInTime: "open in time"
        case .openOverdue(let overrun): "open overdue by \(overrun)"
        case .indeterminate: "indeterminate"
        }
    }
}

/// A clock's status with the due date that decided it.
public struct ClockEvaluation: Hashable, Sendable {
    /// The status.
    public var status: ClockStatus
    /// The due date, the resolved rule and the settings used.
    public var due: RuleDueDate
}
