import CaseModel
import LedgerCalendar
import Projections

/// A household stream replayed as known at a time: its membership events (corrections known by then applied,
/// retracted ones kept and marked) and who was a member, by role, on the as-of date.
///
/// Corrections and retractions are resolved by `StreamReplay` (the projections fold child streams only); a
/// retracted membership change stays in the replay but does not count towards the membership.
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
        let events = try StreamReplay.replay(stream, times: times)
        return HouseholdReplay(householdId: householdId, events: events, members: members(of: events))
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
