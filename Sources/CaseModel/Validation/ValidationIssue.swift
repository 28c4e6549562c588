/// One problem found by validating a single event (`CaseEvent.validate()`).
///
/// `value` carries the offending value only when it is a code, id or date, never free text.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// Whether the event must be refused (`error`) or may be stored with a data-quality flag (`warning`).
    public enum Severity: String, Hashable, Sendable {
        /// Refuse the event. / Store it and flag it.
        case error, warning
    }

    /// What is wrong.
    public enum Reason: String, Hashable, Sendable {
        /// An id is empty.
        case idEmpty
        /// An id is longer than `EventLimits.idLengthBytesMax`.
        case idTooLong
        /// An id has a character outside `EventLimits.isAllowedInID`.
        case idInvalidCharacter
        /// The envelope lacks the id that names the event's stream.
        case streamSubjectMissing
        /// A free-text field exceeds `EventLimits.freeTextBytesMax`.
        case textTooLong
        /// A list exceeds `EventLimits.listCountMax`.
        case listTooLong
        /// `occurredOn` is after the (London) date of `recordedAt`.
        case occurredAfterRecorded
        /// `occurredAt` falls on a different (London) date from `occurredOn`.
        case occurredAtDateMismatch
        /// The event type needs an instant (`occurredAt`) and has none.
        case instantRequired
        /// An end or later date in the event is before its start.
        case endBeforeStart
        /// A date is after the event's own date where it cannot be (a birth date after registration).
        case dateAfterEvent
        /// Assessment factor 21 ("no factors identified") is combined with other factors.
        case factorMustStandAlone
        /// Disability NONE is combined with other disabilities.
        case disabilityNoneMustStandAlone
        /// A legacy code (18A, 19A) on an event that should use its replacement.
        case legacyCode
        /// A code listed twice in one list.
        case duplicateCode
        /// A category of abuse is required because a plan results.
        case categoryRequired
        /// A category of abuse is given although no plan results.
        case categoryWithoutPlan
        /// Two yes/no fields contradict each other (seen alone but not seen).
        case inconsistentFlags
        /// Exactly one of two alternative fields must be present.
        case exactlyOneRequired
        /// A number is outside its allowed range.
        case numberOutOfRange
        /// A correction or retraction refers to itself.
        case selfReference
        /// A correction's replacement is itself a correction or retraction.
        case replacementNotAllowed
        /// A `type` string that is not in the catalogue.
        case unknownEventType
        /// A required free-text field (a mandatory reason, DOMAIN.md §3.4) is empty.
        case textRequired
        /// A list that needs at least one entry (or a set of flags that needs one set) is empty.
        case atLeastOneRequired
        /// A field is present without the field it qualifies (`actor.authorisedAt` without `authorisedBy`).
        case requiresCompanionField
        /// `actor.authorisedAt` is after `recordedAt`: the record cannot carry a later authorisation.
        case authorisedAfterRecorded
        /// An id listed twice, or repeating the envelope's own `childId` in `subjects`.
        case duplicateID
        /// Month precision, but `occurredOn` is not the first day of its month.
        case monthNotOnFirstDay
        /// A primary need code on a referral decision of no further action.
        case needWithoutAction
    }

    /// The field path, e.g. `data.factors[1]` or `occurredOn`.
    public var path: String
    /// The offending code, id or date (never free text), if useful.
    public var value: String?
    /// What is wrong.
    public var reason: Reason
    /// Error or warning.
    public var severity: Severity

    /// Creates an issue.
    public init(path: String, value: String? = nil, reason: Reason, severity: Severity = .error) {
        self.path = path
        self.value = value
        self.reason = reason
        self.severity = severity
    }

    /// `error data.factors[0] "21": factorMustStandAlone`.
    public var description: String {
        let shown = value.map { " \"\($0)\"" } ?? ""
        return "\(severity.rawValue) \(path)\(shown): \(reason.rawValue)"
    }
}
