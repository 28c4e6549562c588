import LedgerCalendar

/// A due date or evaluation that cannot be computed: bad settings, or a calendar that cannot answer.
///
/// Messages name the rule and the setting, never a date from a case (the calendar's error keeps the
/// date out of its message too). Two errors compare equal when their codes are equal.
public struct RuleEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Code: String, Sendable, Hashable {
        /// A caller override has the wrong kind for its setting.
        case settingKindMismatch
        /// A repetition was asked of a rule that does not recur.
        case noRecurrence
        /// The calendar refused (a date outside its coverage, an uncountable limit).
        case calendar
    }

    /// The kind of failure.
    public var code: Code
    /// The rule concerned.
    public var ruleID: String
    /// Why.
    public var reason: String
    /// The calendar's error, for `.calendar`.
    public var calendarError: CalendarError?

    /// Creates an error.
    public init(_ code: Code, ruleID: String, reason: String, calendarError: CalendarError? = nil) {
        self.code = code
        self.ruleID = ruleID
        self.reason = reason
        self.calendarError = calendarError
    }

    /// `calendar (rule nat.icpc-15): …`.
    public var description: String { "\(code.rawValue) (rule \(ruleID)): \(reason)" }

    /// Equal when the codes are equal (tests compare codes; the message may change).
    public static func == (a: RuleEvaluationError, b: RuleEvaluationError) -> Bool { a.code == b.code }
}
