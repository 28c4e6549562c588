import LedgerCalendar

/// A stop event of a linked rule (`match.kind = link`) that no open clock could take: an authorisation
/// whose linked assessment is not open (unknown, already authorised, or after it), or an unlinked one when
/// no assessment is open. Reported as a finding, never dropped silently (docs/compliance-report.md).
public struct UnpairedStop: Hashable, Sendable {
    /// Why it could not be paired.
    public enum Reason: String, Hashable, Sendable {
        /// The stop names a start that is not an open clock of the rule.
        case linkedStartNotOpen
        /// The stop names no start and no clock of the rule is open.
        case noOpenClock
    }

    /// The child's id.
    public var childId: String
    /// The rule whose stop it is (in force on the stop's date).
    public var ruleID: String
    /// The stop event's id.
    public var eventId: String
    /// The stop event's type.
    public var typeName: String
    /// The stop event's ledger position.
    public var position: UInt64
    /// The stop's clock point.
    public var stop: ClockStart
    /// The start event id the stop names, if any.
    public var linkedEventId: String?
    /// Why.
    public var reason: Reason
}
