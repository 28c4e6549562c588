import CaseModel
import LedgerCalendar
import TextFormats

/// Which qualifying start event starts the clock when several precede the stop.
public enum ClockAnchor: String, Hashable, Sendable, CaseIterable {
    /// The first qualifying start since the last stop or cancel (WT2013 ICPC: the s47-initiating discussion).
    case first
    /// The last qualifying start before the stop (WT2010 ICPC, ruling R2).
    case last
}

/// C4: whether the due date itself complies.
public enum WithinComparison: String, Hashable, Sendable, CaseIterable {
    /// "Within N" means on or before the due date (the default).
    case onOrBefore
    /// Strictly before the due date.
    case before
}

/// How a stop event is paired with the start that opened the clock.
public enum StopMatch: Hashable, Sendable {
    /// The first qualifying stop on or after the start, other than the start event itself.
    case firstAfterStart
    /// As `firstAfterStart`, and the stop's payload field holds the start event's id.
    case link(field: String)
    /// The start event is also the stop; the patterns' `timeField`s give the two clock points.
    case sameEvent
}

/// A repeating clock: each next clock starts at the actual previous stop (C6).
public struct Recurrence: Hashable, Sendable {
    /// The id results use for the repeated clocks (`nat.rcpc-next`).
    public var id: String
    /// Limits of the 1st, 2nd, … repetition; the last one repeats.
    public var limits: [RuleLimit]
    /// Events that end the series (a CP plan ending).
    public var endsWith: [EventPattern]
}

/// A date range, both ends inclusive; nil means open.
public struct InForceRange: Hashable, Sendable, CustomStringConvertible {
    /// The first day in force, or nil for "since always".
    public var from: CivilDate?
    /// The last day in force, or nil for "until replaced".
    public var to: CivilDate?

    /// Creates a range.
    public init(from: CivilDate?, to: CivilDate?) {
        self.from = from
        self.to = to
    }

    /// Whether `date` lies in the range.
    public func contains(_ date: CivilDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }

    /// Whether `other` lies wholly inside this range.
    public func encloses(_ other: InForceRange) -> Bool {
        let startsInside = from.map { start in other.from.map { start <= $0 } ?? false } ?? true
        let endsInside = to.map { end in other.to.map { $0 <= end } ?? false } ?? true
        return startsInside && endsInside
    }

    /// Whether some date lies in both ranges.
    public func overlaps(_ other: InForceRange) -> Bool {
        let startsBeforeOtherEnds = from.map { start in other.to.map { start <= $0 } ?? true } ?? true
        let otherStartsBeforeEnd = other.from.map { start in to.map { start <= $0 } ?? true } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeEnd
    }

    /// `2013-04-15 to open`.
    public var description: String { "\(from?.description ?? "open") to \(to?.description ?? "open")" }
}

/// One timescale rule, loaded from a rulebook (docs/rulebook-format.md §2).
public struct TimescaleRule: Hashable, Sendable {
    /// The stream kinds whose streams the projections pair clocks on; a rule of another scope is refused.
    public static let evaluatedScopes: Set<StreamKind> = [.child, .review]

    /// Unique id within the book (`nat.icpc-15`).
    public var id: String
    /// What the rule measures; selection is by family (`icpc`).
    public var family: String
    /// One line for people.
    public var title: String
    /// The kind of stream the start and stop events share (one child's, one review's, …).
    public var scope: StreamKind
    /// Events that start the clock.
    public var startEvents: [EventPattern]
    /// Which start event anchors the clock when several qualify.
    public var anchor: Settable<ClockAnchor>
    /// An event that names the clock's start, overriding `anchor` (`start.linkedBy`); nil when none.
    public var startLink: StartLink? = nil
    /// Events that stop the clock.
    public var stopEvents: [EventPattern]
    /// How a stop is paired with its start.
    public var stopMatch: StopMatch
    /// Events that cancel an open clock: not scored if it was not yet due, a breach if it was (R13).
    public var cancelEvents: [EventPattern]
    /// Events after which the clock never applied (the s47 concluded that no conference is needed): the
    /// clock is not scored, whenever they occur before the stop.
    public var voidEvents: [EventPattern]
    /// The clock is scored only if one of these occurs in scope after the start (empty: always).
    public var requiredEvents: [EventPattern]
    /// The limit as written.
    public var limit: RuleLimit
    /// C1 as written; nil uses the `dayCount` setting.
    public var dayCount: Settable<DayCountConvention>?
    /// C2 as written; nil uses the `nonWorkingStart` setting.
    public var nonWorkingStart: Settable<NonWorkingStartPolicy>?
    /// C4 as written; nil uses the `within` setting.
    public var within: Settable<WithinComparison>?
    /// The repetition, if the rule recurs.
    public var recurrence: Recurrence?
    /// The source citation exactly as the domain primer gives it.
    public var source: String
    /// When the rule is in force, by the date its clock starts.
    public var inForce: InForceRange
    /// The definitions of every setting this rule can consult (its book's and the built-in ones).
    public var settingDefinitions: [String: SettingDefinition]
    /// The rule's JSON object exactly as loaded, for `show --json`.
    public var json: JSONValue
    /// The `teamId` settings its conditions compared with, once `RulebookSet.resolvingConditionSettings` has
    /// put their values in the patterns (so each result still records them as applied settings).
    public var conditionSettings: [String] = []
}
