import LedgerCalendar

/// A rule's limit as written: a fixed limit, a whole-limit setting, or a fixed amount whose unit is a setting.
public enum RuleLimit: Hashable, Sendable {
    /// `{"amount": 15, "unit": "workingDays"}`.
    case fixed(TimeLimit)
    /// `{"setting": "wt2010.initialAssessmentLimit"}`: a setting of kind `limit`.
    case setting(String)
    /// `{"amount": 10, "unit": {"setting": "oldham.unqualifiedDaysUnit"}}`: a setting of kind `unit`.
    case amountWithUnitSetting(Int, unitSetting: String)

    /// The largest amount a limit may have.
    public static let amountMax = 10_000
}

/// A value written either literally or as `{"setting": id}`.
public enum Settable<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value itself.
    case value(Value)
    /// A reference to the setting with this id.
    case setting(String)
}
