/// A rulebook that cannot be loaded or combined: what is wrong, where (JSON path and rule id) and why.
///
/// Rulebooks hold no case data, so messages quote the offending value. Two errors compare equal when
/// their codes are equal, which keeps tests simple.
public struct RulebookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is (one test per code).
    public enum Code: String, Sendable, Hashable, CaseIterable {
        /// The bytes are not well-formed JSON (the message gives line and column).
        case syntax
        /// A required key is absent.
        case missingKey
        /// A key the format does not define (a misspelling must not silently change a rule).
        case unknownKey
        /// A value of the wrong JSON kind.
        case wrongType
        /// A limit unit that is not `workingDays`, `calendarDays`, `hours` or `months`.
        case unknownUnit
        /// A value out of range: a negative or oversized limit, a bad date, an unknown enumeration case.
        case invalidValue
        /// An event type that is not in the event catalogue.
        case unknownEventType
        /// A catalogue event type whose stream kind is not the rule's `scope` (start and stop must share a stream).
        case streamMismatch
        /// A field the event type does not carry (a condition, `timeField` or link field naming no field of
        /// the type in the event catalogue): such a rule could never start, stop or be breached.
        case unknownField
        /// A field that exists but cannot serve where it is named: a `timeField` that is not a date or instant,
        /// a condition on a list or object, a value of the wrong JSON kind, a code its list does not have.
        case fieldMismatch
        /// A `{"setting": id}` reference to a setting the book does not define.
        case unknownSetting
        /// A setting reference where the setting's kind does not fit (a unit setting used as a limit).
        case settingKindMismatch
        /// Two rules, settings or books with the same id or name.
        case duplicateID
        /// A rule without a source citation.
        case missingSource
        /// An in-force range whose `from` is after its `to`, or a rule range outside its book's.
        case invalidRange
        /// The same rule id in force twice over one date in a set of books.
        case overlappingRange
    }

    /// The kind of failure.
    public var code: Code
    /// The JSON path of the offending value, for example `rules[3].limit.amount`; empty for the document.
    public var path: String
    /// The id of the rule concerned, when known.
    public var ruleID: String?
    /// Why the value is refused.
    public var reason: String
    /// The event field concerned (`registrationDate`), for `unknownField` and `fieldMismatch`.
    public var field: String?

    /// Creates an error.
    public init(_ code: Code, path: String, ruleID: String? = nil, field: String? = nil, reason: String) {
        self.code = code
        self.path = path
        self.ruleID = ruleID
        self.field = field
        self.reason = reason
    }

    /// `invalidValue at rules[3].limit.amount (rule nat.icpc-15): limit -1 is negative`;
    /// `unknownField at rules[12].start.events[0].timeField (rule cdr.registrar, field registrationDate): …`.
    public var description: String {
        let location = path.isEmpty ? "document" : path
        let context = [ruleID.map { "rule \($0)" }, field.map { "field \($0)" }].compactMap { $0 }
        let rule = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
        return "\(code.rawValue) at \(location)\(rule): \(reason)"
    }

    /// Equal when the codes are equal (tests compare codes; the message may change).
    public static func == (a: RulebookError, b: RulebookError) -> Bool { a.code == b.code }
}
