import CaseModel
import LedgerCalendar
import Projections

/// A household stream replayed as known at a time: its membership events (corrections known by then applied,
/// retracted ones kept and marked) and who was a member, by role, on the as-of date.
///
/// The projections fold child streams only, so household corrections and retractions are resolved here, by
/// event id, in the same way: a correction replaces valid time and payload, a retraction removes the event
/// from the membership (but not from the replay).
public struct HouseholdReplay: Hashable, Sendable {
    /// One person who was ever a member (as known at the knowledge time).
    public struct Member: Hashable, Sendable {
        /// The person's id (a child id for children).
        public var personId: String
        /// The latest role recorded for the person.
        public var role: HouseholdRole
        /// Whether the person was a member on the as-of date (or at the end of the record).
        public var isPresent: Bool
    }

    /// The household.
    public var householdId: String
    /// Its membership events known at the knowledge time, in valid-time order.
    public var events: [ReplayedEvent]
    /// Every person who joined, in order of first joining.
    public var members: [Member]

    /// Replays `stream`, the household's events in ledger order, under `times`.
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement cannot stand.
    public static func replay(householdId: String, stream: [LedgerEvent], times: ReplayTimes)
        throws(ProjectionError) -> HouseholdReplay
    {
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
        let dated = replayed.filter { times.validBound.admits($0.effective.validDate) }
            .sorted { ValidTimeOrder.precedes($0.effective, $1.effective) }
        return HouseholdReplay(householdId: householdId, events: dated, members: members(of: dated))
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

    /// Members in order of first joining, present or not after the (non-retracted) events in valid-time order.
    private static func members(of events: [ReplayedEvent]) -> [Member] {
        var members: [Member] = []
        for event in events where !event.isRetracted {
            guard let change = event.effective.event.data(as: HouseholdMembershipChanged.self) else { continue }
            let present = change.change == .joined
            if let index = members.firstIndex(where: { $0.personId == change.personId }) {
                members[index].role = change.role
                members[index].isPresent = present
            } else {
                members.append(Member(personId: change.personId, role: change.role, isPresent: present))
            }
        }
        return members
    }
}
