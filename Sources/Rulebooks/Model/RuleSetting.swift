import LedgerCalendar

/// The kind of value a setting holds.
public enum SettingKind: String, Hashable, Sendable, CaseIterable {
    /// A whole limit (amount and unit).
    case limit
    /// A limit unit.
    case unit
    /// A start anchor.
    case anchor
    /// C1 day-count convention.
    case dayCount
    /// C2 non-working start policy.
    case nonWorkingStart
    /// C4 "within" comparison.
    case within
    /// A team's id as the case system records it (`teamId` of an allocation), compared by rule conditions.
    case teamId
}

/// A setting's value.
public enum SettingValue: Hashable, Sendable, CustomStringConvertible {
    /// A limit.
    case limit(TimeLimit)
    /// A unit.
    case unit(LimitUnit)
    /// An anchor.
    case anchor(ClockAnchor)
    /// A day-count convention.
    case dayCount(DayCountConvention)
    /// A non-working start policy.
    case nonWorkingStart(NonWorkingStartPolicy)
    /// A within comparison.
    case within(WithinComparison)
    /// A team id.
    case teamId(String)

    /// The kind of this value.
    public var kind: SettingKind {
        switch self {
        case .limit: .limit
        case .unit: .unit
        case .anchor: .anchor
        case .dayCount: .dayCount
        case .nonWorkingStart: .nonWorkingStart
        case .within: .within
        case .teamId: .teamId
        }
    }

    /// The value as a rulebook spells it (`7 WD`, `calendarDays`, `last`).
    public var description: String {
        switch self {
        case .limit(let limit): limit.description
        case .unit(let unit): unit.rawValue
        case .anchor(let anchor): anchor.rawValue
        case .dayCount(let convention): convention.rawValue
        case .nonWorkingStart(let policy): policy.rawValue
        case .within(let comparison): comparison.rawValue
        case .teamId(let id): id
        }
    }
}

/// A named setting where sources disagree, with its default (docs/rulebook-format.md §4).
public struct SettingDefinition: Hashable, Sendable {
    /// The id rules and callers use (`wt2010.initialAssessmentLimit`).
    public var id: String
    /// What the setting chooses between.
    public var title: String
    /// The default value (the domain primer's rulings R1–R14 and conventions C1–C14).
    public var defaultValue: SettingValue
    /// Where the disagreement is documented.
    public var source: String

    /// The kind of value the setting holds.
    public var kind: SettingKind { defaultValue.kind }

    /// Creates a definition.
    public init(id: String, title: String, defaultValue: SettingValue, source: String) {
        self.id = id
        self.title = title
        self.defaultValue = defaultValue
        self.source = source
    }

    /// The built-in settings every book has: `dayCount` (C1-A), `nonWorkingStart` (C2-A), `within` (C4).
    public static let builtIn: [SettingDefinition] = [
        SettingDefinition(
            id: "dayCount", title: "C1: start day is day 0 (elapsed) or day 1 (inclusive)",
            defaultValue: .dayCount(.elapsed), source: "DOMAIN.md §5 C1"),
        SettingDefinition(
            id: "nonWorkingStart", title: "C2: a non-working start counts from itself or from the next working day",
            defaultValue: .nonWorkingStart(.countFromStart), source: "DOMAIN.md §5 C2"),
        SettingDefinition(
            id: "within", title: "C4: the due date itself complies (onOrBefore) or not (before)",
            defaultValue: .within(.onOrBefore), source: "DOMAIN.md §5 C4"),
    ]
}

/// Caller overrides of settings, by setting id. Settings not overridden take their defaults.
public struct RuleSettings: Hashable, Sendable {
    /// Override values by setting id.
    public var overrides: [String: SettingValue]

    /// Creates overrides; `RuleSettings()` uses every default.
    public init(_ overrides: [String: SettingValue] = [:]) { self.overrides = overrides }
}

/// One setting as used for a result: its id, the value and whether that was the default.
public struct AppliedSetting: Hashable, Sendable, CustomStringConvertible {
    /// The setting id.
    public var id: String
    /// The value used.
    public var value: SettingValue
    /// True when the caller did not override it.
    public var isDefault: Bool

    /// `wt2010.initialAssessmentLimit=10 WD (override)`.
    public var description: String { "\(id)=\(value) (\(isDefault ? "default" : "override"))" }
}
