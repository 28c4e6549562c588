import LedgerCalendar

/// An optional upper bound on valid dates: "as of" a date, or everything known.
public enum CivilDateBound: Hashable, Sendable {
    /// No bound: every effective event.
    case unbounded
    /// Events dated on or before this date.
    case onOrBefore(CivilDate)

    /// Whether `date` is within the bound.
    public func admits(_ date: CivilDate) -> Bool {
        switch self {
        case .unbounded: true
        case .onOrBefore(let bound): date <= bound
        }
    }
}
