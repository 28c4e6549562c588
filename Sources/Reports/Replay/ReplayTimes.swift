import LedgerCalendar
import Projections

/// The two times of a replay, kept apart (docs/time.md).
///
/// - `knownAt` is a *record-time* bound: only what had been written down by that instant, with corrections
///   and retractions as they stood then. An event's knowledge time is its `recordedAt` (the case system's
///   record time), never later than the ledger time it was appended at.
/// - `asOf` is a *valid-time* bound: the state of the world on that date, i.e. only events that had happened
///   by then (their corrected `occurredOn`/`occurredAt`).
///
/// Either, both or neither may be set; neither means "everything, as now known".
public struct ReplayTimes: Hashable, Sendable {
    /// Record-time bound (inclusive), or nil for everything recorded.
    public var knownAt: Instant?
    /// Valid-time bound (inclusive), or nil for everything that happened.
    public var asOf: CivilDate?

    /// Creates the bounds.
    public init(knownAt: Instant? = nil, asOf: CivilDate? = nil) {
        self.knownAt = knownAt
        self.asOf = asOf
    }

    /// 23:59:59 London time on `date`: what a knowledge time given as a date means (docs/time.md).
    public static func endOfDay(_ date: CivilDate) -> Instant {
        let utc = Instant(utcDate: date, hour: 23, minute: 59, second: 59)
        return utc.adding(seconds: -Int64(utc.londonOffsetSeconds))
    }

    /// When the ledger knew `event`: its `recordedAt`, or its ledger append time if that is earlier (a record
    /// time after the append time is impossible and is reported by `recordedAfterAppend(_:)`).
    public static func knowledgeTime(of event: LedgerEvent) -> Instant {
        min(event.event.envelope.recordedAt, appendTime(of: event))
    }

    /// The ledger append time of `event`, to the second (rounded down).
    public static func appendTime(of event: LedgerEvent) -> Instant {
        appendTime(nanoseconds: event.ledgerTimestampNanoseconds)
    }

    /// A ledger time (nanoseconds since the Unix epoch) to the second, rounded down.
    public static func appendTime(nanoseconds: Int64) -> Instant {
        let seconds = nanoseconds >= 0 ? nanoseconds / 1_000_000_000 : (nanoseconds - 999_999_999) / 1_000_000_000
        return Instant(secondsSinceEpoch: seconds)
    }

    /// Whether `event` claims a record time later than the instant the ledger appended it.
    public static func recordedAfterAppend(_ event: LedgerEvent) -> Bool {
        event.event.envelope.recordedAt > appendTime(of: event)
    }

    /// Whether `event` had been recorded by `knownAt` (always true without the bound).
    public func isKnown(_ event: LedgerEvent) -> Bool {
        knownAt.map { Self.knowledgeTime(of: event) <= $0 } ?? true
    }

    /// The valid-time bound as the projections' filter.
    public var validBound: CivilDateBound { asOf.map(CivilDateBound.onOrBefore) ?? .unbounded }

    /// The date clocks are judged on: `asOf`, else the London date of `knownAt`, else `fallback`.
    public func judgementDate(fallback: CivilDate) -> CivilDate {
        asOf ?? knownAt?.londonDate ?? fallback
    }
}
