/// A link that names the start event of a clock (docs/rulebook-format.md, `start.linkedBy`): when an event
/// of `eventType` names, in its payload field `field`, an event that qualifies as the rule's start, the open
/// clock is anchored on that event, whatever `anchor` says.
///
/// The ICPC rules use it: `Section47Started.strategyDiscussionEventId` names the strategy discussion at
/// which the s47 enquiry was initiated, which is the clock's start (DOMAIN.md §4.1, R2), even when an
/// older, never-concluded enquiry's discussion came first.
public struct StartLink: Hashable, Sendable {
    /// The linking event's type (`Section47Started`).
    public var eventType: String
    /// The payload field holding the start event's id (`strategyDiscussionEventId`).
    public var field: String

    /// Creates a link.
    public init(eventType: String, field: String) {
        self.eventType = eventType
        self.field = field
    }
}
