import CaseModel

extension ProjectionState {
    /// Every team a child was ever allocated to (an allocation's `teamId`, else its recorder's team): the
    /// teams a report can be filtered by, besides `unallocated`.
    public var allocatedTeamIds: Set<String> {
        var teams: Set<String> = []
        for history in children.values {
            for effective in history.events {
                guard let allocation = effective.event.data(as: SocialWorkerAllocated.self) else { continue }
                if let team = allocation.teamId ?? effective.event.envelope.actor.team { teams.insert(team) }
            }
        }
        return teams
    }
}
