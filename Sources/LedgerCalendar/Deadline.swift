/// A timescale limit with its unit.
public enum TimeLimit: Hashable, Sendable, CustomStringConvertible {
    /// N working days (counted with a `DayCountConvention` and `NonWorkingStartPolicy`).
    case workingDays(Int)
    /// N calendar days (C5): start date + N, weekends and holidays included.
    case calendarDays(Int)
    /// N calendar months (C6): same day-of-month, clamped to the month's end; no roll-forward (R5).
    case months(Int)
    /// N hours (C7): absolute elapsed time from an instant.
    case hours(Int)

    /// The number of units.
    public var count: Int {
        switch self {
        case .workingDays(let count), .calendarDays(let count), .months(let count), .hours(let count): count
        }
    }

    /// `45 WD`, `28 CD`, `3 months`, `72 h`.
    public var description: String {
        switch self {
        case .workingDays(let count): "\(count) WD"
        case .calendarDays(let count): "\(count) CD"
        case .months(let count): "\(count) months"
        case .hours(let count): "\(count) h"
        }
    }
}

/// What a clock starts from: a date, or an instant (for hour rules). Day-based limits started from an
/// instant count from its **London date** (`Instant.londonDate`), not its UTC date.
public enum ClockStart: Hashable, Sendable {
    /// A date-only start.
    case date(CivilDate)
    /// A start instant.
    case instant(Instant)

    /// The start's local date: the date itself, or the London date of the instant.
    public var londonDate: CivilDate {
        switch self {
        case .date(let date): date
        case .instant(let instant): instant.londonDate
        }
    }
}

/// The working-day counting conventions of one rule (C1 and C2), always named, never defaulted.
public struct CountingConventions: Hashable, Sendable, CustomStringConvertible {
    /// C1: day 0 or day 1.
    public var dayCount: DayCountConvention
    /// C2: how a non-working start day counts.
    public var nonWorkingStart: NonWorkingStartPolicy

    /// Creates conventions; both must be given.
    public init(dayCount: DayCountConvention, nonWorkingStart: NonWorkingStartPolicy) {
        self.dayCount = dayCount
        self.nonWorkingStart = nonWorkingStart
    }

    /// Both conventions, comma-separated.
    public var description: String { "\(dayCount), \(nonWorkingStart)" }
}

/// When a limit falls due: the last complying date (C4: "within N" means on or before it), or for hour
/// limits the last complying instant.
public enum DueTime: Hashable, Sendable, CustomStringConvertible {
    /// Due by the end of this (London) date.
    case date(CivilDate)
    /// Due at this instant.
    case instant(Instant)

    /// `YYYY-MM-DD`, or the instant in London time (`YYYY-MM-DD HH:MM BST`).
    public var description: String {
        switch self {
        case .date(let date): date.description
        case .instant(let instant): instant.londonDescription
        }
    }
}

/// A computed due date with what produced it.
public struct Deadline: Hashable, Sendable {
    /// When the limit falls due.
    public let due: DueTime
    /// How it was computed.
    public let provenance: DeadlineProvenance
}

/// How a deadline was computed: the limit, the start, and for working-day limits the conventions and
/// the calendar version (so a replay can reproduce it with the calendar as known at the time).
public struct DeadlineProvenance: Hashable, Sendable, CustomStringConvertible {
    /// The limit applied.
    public let limit: TimeLimit
    /// The start as given.
    public let start: ClockStart
    /// The conventions used; nil unless the limit is in working days.
    public let conventions: CountingConventions?
    /// The calendar used; nil unless the limit is in working days.
    public let calendar: CalendarProvenance?

    /// For example `45 WD from 2013-03-28; elapsed (C1-A, start = day 0), count from start (C2-A);
    /// calendar England and Wales bank holidays ew-2010-2027-r1 (…)`.
    public var description: String {
        var parts = ["\(limit) from \(startText)"]
        if let conventions { parts.append(conventions.description) }
        if let calendar { parts.append("calendar \(calendar)") }
        return parts.joined(separator: "; ")
    }

    private var startText: String {
        switch start {
        case .date(let date): date.description
        case .instant(let instant): "\(instant.londonDescription) (London date \(instant.londonDate))"
        }
    }
}
