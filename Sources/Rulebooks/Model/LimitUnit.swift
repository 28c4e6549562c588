import LedgerCalendar

/// The unit of a rule's limit as spelt in a rulebook.
public enum LimitUnit: String, Hashable, Sendable, CaseIterable {
    /// Working days in England and Wales (§5 of the domain primer).
    case workingDays
    /// Calendar days (C5).
    case calendarDays
    /// Absolute hours (C7).
    case hours
    /// Calendar months, clamped at month end (C6).
    case months

    /// The calendar limit of `amount` of this unit.
    public func limit(_ amount: Int) -> TimeLimit {
        switch self {
        case .workingDays: .workingDays(amount)
        case .calendarDays: .calendarDays(amount)
        case .hours: .hours(amount)
        case .months: .months(amount)
        }
    }
}

extension TimeLimit {
    /// The unit of this limit.
    public var unit: LimitUnit {
        switch self {
        case .workingDays: .workingDays
        case .calendarDays: .calendarDays
        case .hours: .hours
        case .months: .months
        }
    }
}
