import CaseModel
import LedgerCalendar

/// The valid-time order of one child's events: the ONE definition every projection folds in
/// (docs/compliance-report.md, "Valid-time order").
///
/// The order depends only on the events themselves, never on their ledger positions, so the case state,
/// the clocks and every report are a function of the set of events, whatever order they were imported in:
///
/// 1. the London date of the valid time;
/// 2. the same-day phase of the (effective) type: episode starts (and `episodeOpeners`), then everything else,
///    then episode ends
///    (DOMAIN.md §3.16: a start is not before its referral; an end is not before its start; nothing
///    happens after closure); within a phase, the catalogue's journey order. So a referral comes before its
///    same-day NFA decision and closure, an ICPC before its core group, and an RCPC before the `CpPlanEnded`
///    it decided, whichever was recorded first;
/// 3. the instant (`occurredAt`), date-only events first;
/// 4. the record time (`recordedAt`);
/// 5. the event id (unique in the ledger): a total order.
///
/// Known limit: an episode that ends on the day the next one of the same kind starts (a closure and a
/// re-referral on one day) is ordered start first; instants do not override the phase, because mixing
/// instant and date-only comparisons is not a total order.
public enum ValidTimeOrder {
    /// The sort key of an effective event.
    public struct Key: Comparable, Sendable {
        let date: CivilDate
        let sameDayRank: Int
        let instantSeconds: Int64
        let recordedSeconds: Int64
        let eventId: String

        /// Lexicographic on the fields, in the order the type documents.
        public static func < (a: Key, b: Key) -> Bool {
            (a.date, a.sameDayRank, a.instantSeconds, a.recordedSeconds, a.eventId)
                < (b.date, b.sameDayRank, b.instantSeconds, b.recordedSeconds, b.eventId)
        }
    }

    /// The key of `effective`.
    public static func key(of effective: EffectiveEvent) -> Key {
        let envelope = effective.event.envelope
        return Key(
            date: effective.validDate, sameDayRank: sameDayRank(typeName: effective.typeName),
            instantSeconds: envelope.occurredAt?.secondsSinceEpoch ?? Int64.min,
            recordedSeconds: envelope.recordedAt.secondsSinceEpoch, eventId: effective.eventId)
    }

    /// Whether `a` comes before `b` in valid-time order (for sorting values that wrap an effective event).
    public static func precedes(_ a: EffectiveEvent, _ b: EffectiveEvent) -> Bool {
        key(of: a) < key(of: b)
    }

    /// `events` in valid-time order.
    public static func sorted(_ events: [EffectiveEvent]) -> [EffectiveEvent] {
        events.map { (key(of: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The same-day rank of a type: phase (start 0, other 1, end 2) then catalogue (journey) order.
    public static func sameDayRank(typeName: String) -> Int {
        rankByTypeName[typeName] ?? Int.max
    }

    /// Types that are not episode edges but open one on the same day, so they share the start phase and
    /// keep their journey order before the start they cause: the contact and its outcome that become a
    /// referral, the strategy discussion that initiates an s47 (`Section47Started.strategyDiscussionEventId`
    /// names it) and the ICPC whose date is the CP plan's start (DOMAIN.md §3.3, §3.16). Without this a
    /// same-day s47 would precede its discussion, and its link could not anchor the ICPC clock on it.
    static let episodeOpeners: Set<String> = [
        ContactReceived.typeName, ContactOutcome.typeName, StrategyDiscussionHeld.typeName, IcpcHeld.typeName,
    ]

    private static let rankByTypeName: [String: Int] = {
        var ranks: [String: Int] = [:]
        for (index, type) in EventCatalogue.types.enumerated() {
            let phase =
                switch type.episodeBoundary?.edge {
                case .start?: 0
                case nil: episodeOpeners.contains(type.typeName) ? 0 : 1
                case .end?: 2
                }
            ranks[type.typeName] = phase * EventCatalogue.types.count + index
        }
        return ranks
    }()
}
