import CaseModel
import LedgerCalendar

/// A social worker and team a case was allocated to (`SocialWorkerAllocated`; the team falls back to the
/// recorder's team).
public struct Allocation: Hashable, Sendable {
    /// The worker's id.
    public var workerId: String
    /// The team's id, if known.
    public var teamId: String?
}

/// Which allocation each event of one child is charged to (docs/compliance-report.md, "Team attribution").
///
/// An allocation belongs to the case episode it was made in, and a `CaseClosed` ends the episode: the
/// events after a closure start a new episode, which the old allocation never reaches. An event (the start
/// event of a clock, or a recorded event) is charged to:
/// 1. the allocation **in force** at the event: the last one of its episode before it in valid-time order;
/// 2. else, when the episode was allocated only **later**, the first allocation of the episode after it;
/// 3. else to nobody (`unallocated` in reports).
///
/// Built once per child from the events known by a date, in `ValidTimeOrder`.
public struct AllocationTimeline: Sendable {
    private var chargedByEventID: [String: Allocation] = [:]

    /// The timeline of `history`'s events dated on or before `asOf`.
    /// - Complexity: O(n log n) in the child's event count.
    public init(history: ChildHistory, asOf: CivilDateBound = .unbounded) {
        var episode: [EffectiveEvent] = []
        for effective in history.eventsInValidTimeOrder(asOf: asOf) {
            episode.append(effective)
            if effective.event.data is CaseClosed {
                charge(episode)
                episode.removeAll()
            }
        }
        charge(episode)
    }

    /// The allocation the event with `eventId` is charged to; nil when unallocated or unknown.
    public func allocation(chargedFor eventId: String) -> Allocation? { chargedByEventID[eventId] }

    /// Charges every event of one episode (events in valid-time order, ending with its closure if any).
    private mutating func charge(_ episode: [EffectiveEvent]) {
        var firstLater: [Allocation?] = Array(repeating: nil, count: episode.count)
        var next: Allocation?
        for index in episode.indices.reversed() {
            firstLater[index] = next
            if let allocation = Self.allocation(made: episode[index]) { next = allocation }
        }
        var inForce: Allocation?
        for (index, effective) in episode.enumerated() {
            chargedByEventID[effective.eventId] = inForce ?? firstLater[index]
            if let allocation = Self.allocation(made: effective) { inForce = allocation }
        }
    }

    /// The allocation an event makes, if it is a `SocialWorkerAllocated`.
    static func allocation(made effective: EffectiveEvent) -> Allocation? {
        guard let allocated = effective.event.data(as: SocialWorkerAllocated.self) else { return nil }
        return Allocation(
            workerId: allocated.workerId, teamId: allocated.teamId ?? effective.event.envelope.actor.team)
    }
}
