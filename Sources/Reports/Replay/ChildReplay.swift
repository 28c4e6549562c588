import CaseModel
import LedgerCalendar
import Projections

/// One child's stream replayed as known at a time: the history the projections fold from the events recorded
/// by then (for clocks and case state), and every event of it, retracted ones included, with its revisions.
public struct ChildReplay: Hashable, Sendable {
    /// The child.
    public var childId: String
    /// The child's history from the events known at the knowledge time (retractions removed).
    public var history: ChildHistory
    /// Every event known at the knowledge time and dated on or before the as-of date, retracted ones
    /// included, in valid-time order.
    public var events: [ReplayedEvent]
    /// Positions of events whose record time is after their ledger append time (they count as known from
    /// the append time).
    public var recordedAfterAppendPositions: [UInt64]

    /// Replays `stream`, the child's events in ledger order, under `times`.
    ///
    /// Built on the projections' fold: the events recorded by the knowledge time are folded once as they
    /// are and once without their retractions, so a retracted event keeps the form it had when retracted.
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement cannot stand.
    public static func replay(childId: String, stream: [LedgerEvent], times: ReplayTimes) throws(ProjectionError)
        -> ChildReplay
    {
        let known = stream.filter(times.isKnown)
        let replayed = try replayed(known, times: times) { (events) throws(ProjectionError) in
            try ProjectionState.rebuild(from: events).children[childId] ?? ChildHistory(childId: childId)
        }
        return ChildReplay(
            childId: childId, history: replayed.history, events: replayed.events,
            recordedAfterAppendPositions: known.filter(ReplayTimes.recordedAfterAppend).map(\.position))
    }

    /// The replay of `known` (the events recorded by the knowledge time, ledger order), folded by `fold`:
    /// the history with retractions applied, and every event dated by the as-of date in valid-time order,
    /// retracted ones included (folded without their retractions, so each keeps the form it had when
    /// retracted) with its corrections and retraction.
    static func replayed(
        _ known: [LedgerEvent], times: ReplayTimes,
        fold: ([LedgerEvent]) throws(ProjectionError) -> ChildHistory
    ) throws(ProjectionError) -> (history: ChildHistory, events: [ReplayedEvent]) {
        let byPosition = Dictionary(known.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        var retractions: [String: Revision] = [:]
        for event in known {
            guard let retraction = event.event.data(as: EventRetracted.self) else { continue }
            if retractions[retraction.retractedEventId] == nil {
                retractions[retraction.retractedEventId] = revision(.retracted, event, reason: retraction.reason)
            }
        }
        let history = try fold(known)
        let unretracted = try fold(known.filter { $0.event.data(as: EventRetracted.self) == nil })
        let events = unretracted.eventsInValidTimeOrder(asOf: times.validBound).compactMap { effective in
            byPosition[effective.position].map { original in
                ReplayedEvent(
                    effective: effective, original: original,
                    corrections: corrections(of: original, at: effective.correctionPositions, in: byPosition),
                    retraction: retractions[effective.eventId])
            }
        }
        return (history, events)
    }

    /// The corrections at `positions` of `original`, each with the version it replaced.
    static func corrections(of original: LedgerEvent, at positions: [UInt64], in byPosition: [UInt64: LedgerEvent])
        -> [Revision]
    {
        var previous = EventVersion(original.event)
        return positions.compactMap { position in
            guard let event = byPosition[position], let correction = event.event.data(as: EventCorrected.self) else {
                return nil
            }
            var revision = revision(.corrected, event, reason: correction.reason)
            revision.replaced = previous
            previous = EventVersion(correction.replacement)
            return revision
        }
    }

    /// A revision recorded by `event`.
    static func revision(_ kind: Revision.Kind, _ event: LedgerEvent, reason: String) -> Revision {
        Revision(
            kind: kind, position: event.position, recordedAt: event.event.envelope.recordedAt,
            recordedBy: event.event.envelope.actor.recordedBy, reason: reason, replaced: nil)
    }
}
