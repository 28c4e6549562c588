/// C1: whether the start day of a working-day limit is day 0 or day 1. Every rule names one; the library
/// has no default.
public enum DayCountConvention: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// C1-A (recommended): the start day is day 0. The deadline for N working days is the Nth working day
    /// *after* the start, and a same-day completion has duration 0 (the DfE "same day" bin).
    case elapsed
    /// C1-B: the start day, if a working day, is day 1, so every deadline is one working day earlier than
    /// under `.elapsed`. A non-working start day is not counted: the first working day after it is day 1.
    case inclusive

    /// `elapsed (C1-A)` or `inclusive (C1-B)`.
    public var description: String {
        switch self {
        case .elapsed: "elapsed (C1-A, start = day 0)"
        case .inclusive: "inclusive (C1-B, start = day 1)"
        }
    }
}

/// C2: how a clock starting on a non-working day (a Saturday referral to the out-of-hours team) counts.
/// Every rule names one; the library has no default.
public enum NonWorkingStartPolicy: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// C2-A (recommended): count from the actual start date. Under `.elapsed` a Saturday start makes
    /// Monday day 1.
    case countFromStart
    /// C2 alternative: the start is deemed to be the next working day. A Saturday start is deemed Monday,
    /// which is day 0 under `.elapsed` (so "1 WD" falls due on Tuesday).
    case deemNextWorkingDay

    /// `count from start (C2-A)` or `deem next working day (C2-B)`.
    public var description: String {
        switch self {
        case .countFromStart: "count from start (C2-A)"
        case .deemNextWorkingDay: "deem next working day (C2-B)"
        }
    }
}
