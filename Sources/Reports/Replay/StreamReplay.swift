import CaseModel
import Projections

/// The replay of a stream the projections do not fold (household, review, board): the events known at the
/// knowledge time, each with the corrections known by then applied (by event id, as the projections do for
/// child streams: valid time and payload replaced) and, if retracted by then, its retraction.
enum StreamReplay {
    /// The events of `stream` (ledger order) under `times`, in valid-time order, dated on or before the as-of
    /// date; retracted events included and marked.
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement cannot stand.
    static func replay(_ stream: [LedgerEvent], times: ReplayTimes) throws(ProjectionError) -> [ReplayedEvent] {
        var replayed: [ReplayedEvent] = []
        for event in stream where times.isKnown(event) {
            if let correction = event.event.data(as: EventCorrected.self) {
                guard let index = replayed.lastIndex(where: { $0.effective.eventId == correction.correctedEventId })
                else { continue }
                try apply(correction, recordedBy: event, to: &replayed[index])
            } else if let retraction = event.event.data(as: EventRetracted.self) {
                guard let index = replayed.lastIndex(where: { $0.effective.eventId == retraction.retractedEventId })
                else { continue }
                replayed[index].retraction = ChildReplay.revision(.retracted, event, reason: retraction.reason)
            } else {
                replayed.append(
                    ReplayedEvent(
                        effective: EffectiveEvent(event: event.event, position: event.position), original: event,
                        corrections: [], retraction: nil))
            }
        }
        return replayed.filter { times.validBound.admits($0.effective.validDate) }
            .sorted { ValidTimeOrder.precedes($0.effective, $1.effective) }
    }

    /// Applies `correction` (recorded by `event`) to `target`.
    private static func apply(
        _ correction: EventCorrected, recordedBy event: LedgerEvent, to target: inout ReplayedEvent
    )
        throws(ProjectionError)
    {
        var envelope = target.effective.event.envelope
        envelope.occurredOn = correction.replacement.occurredOn
        envelope.occurredAt = correction.replacement.occurredAt
        do {
            var revision = ChildReplay.revision(.corrected, event, reason: correction.reason)
            revision.replaced = EventVersion(target.effective.event)
            target.effective = EffectiveEvent(
                event: try CaseEvent(envelope: envelope, data: correction.replacement.data),
                position: target.effective.position,
                correctionPositions: target.effective.correctionPositions + [event.position])
            target.corrections.append(revision)
        } catch {
            throw ProjectionError(.invalidCorrection, position: event.position, reason: "\(error.kind)")
        }
    }
}
