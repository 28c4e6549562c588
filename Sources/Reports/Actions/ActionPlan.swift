import CaseModel
import LedgerCalendar
import Projections

/// The actions of an SCR action plan (stream `scr-<reviewId>`, DOMAIN.md §8.3) or of an LSCB business plan
/// (stream `board-<boardId>`, §8.4), replayed under the two times of docs/time.md, each with its RAG status.
public struct ActionPlan: Hashable, Sendable {
    /// One action and everything recorded about it.
    public struct Action: Hashable, Sendable {
        /// `actionId` (review) or `reference` (business plan, `1.1.1`).
        public var id: String
        /// `Recommendation 3`, or the priority a plan reference belongs to (`Priority 1.1`).
        public var parent: String
        /// The lead, a role.
        public var leadRole: String
        /// The current target months (review: the latest target; plan: the milestones not yet met).
        public var targets: [YearMonth]
        /// Business plan: the milestones met, in the order they were met.
        public var metMilestones: [YearMonth] = []
        /// The due date of the earliest open target (of the last milestone met, once all are).
        public var due: CivilDate?
        /// Whether the plan calls the action ongoing.
        public var ongoing: Bool
        /// When it was closed (review: `ActionClosed`; plan: its last milestone met).
        public var closedOn: CivilDate?
        /// The RAG last reported in a progress update, if any.
        public var reportedRAG: RagRating?
        /// The RAG computed from dates (`ActionRAG.status`).
        public var status: ActionRAG
        /// Every event about the action: definition, target revisions, updates, closure, in valid-time order.
        public var history: [ReplayedEvent]
    }

    /// The stream read (`scr-R1`, `board-B1`).
    public var stream: String
    /// The date statuses are judged on.
    public var judgedOn: CivilDate
    /// The actions, in the order they were defined.
    public var actions: [Action]
    /// Every event of the stream as replayed (retracted ones marked), in valid-time order.
    public var events: [ReplayedEvent]

    /// The plan of `stream` (its events in ledger order) under `times`, judged on `times.judgementDate`.
    /// - Throws: `ProjectionError.invalidCorrection` when a correction's replacement cannot stand.
    public static func build(
        stream name: String, events: [LedgerEvent], times: ReplayTimes, fallbackJudgementDate: CivilDate
    )
        throws(ProjectionError) -> ActionPlan
    {
        let judgedOn = times.judgementDate(fallback: fallbackJudgementDate)
        let replayed = try StreamReplay.replay(events, times: times)
        let live = replayed.filter { !$0.isRetracted }
        var actions: [Action] = []
        for event in live {
            if let defined = event.effective.event.data(as: ActionDefined.self) {
                actions.append(
                    Action(
                        id: defined.actionId, parent: "Recommendation \(defined.recommendationNumber)",
                        leadRole: defined.leadRole, targets: [defined.targetMonth], due: nil, ongoing: false,
                        closedOn: nil, reportedRAG: nil, status: .noTarget, history: []))
            } else if let defined = event.effective.event.data(as: PlanActionDefined.self) {
                actions.append(
                    Action(
                        id: defined.reference, parent: "Priority " + priority(of: defined.reference),
                        leadRole: defined.leadRole, targets: defined.milestones.sorted(), due: nil,
                        ongoing: defined.ongoing, closedOn: nil, reportedRAG: nil, status: .noTarget, history: []))
            }
            guard let id = actionId(of: event), let index = actions.lastIndex(where: { $0.id == id }) else { continue }
            apply(event, to: &actions[index])
        }
        for index in actions.indices {
            // An ongoing action whose milestones are all met has nothing left to fall due: it stays `ongoing`.
            let lastMet = actions[index].ongoing ? nil : actions[index].metMilestones.max()
            let due = (actions[index].targets.first ?? lastMet).map(ActionRAG.dueDate)
            actions[index].due = due
            actions[index].status = ActionRAG.status(
                due: due, closedOn: actions[index].closedOn, ongoing: actions[index].ongoing, on: judgedOn)
        }
        return ActionPlan(stream: name, judgedOn: judgedOn, actions: actions, events: replayed)
    }

    /// Folds one event of an action into it.
    private static func apply(_ event: ReplayedEvent, to action: inout Action) {
        action.history.append(event)
        let data = event.effective.event
        if let revised = data.data(as: ActionTargetRevised.self) {
            action.targets = [revised.targetMonth]
        } else if let update = data.data(as: ActionProgressUpdated.self) {
            action.reportedRAG = update.rag
        } else if data.data(as: ActionClosed.self) != nil {
            action.closedOn = event.effective.validDate
        } else if let met = data.data(as: MilestoneMet.self) {
            action.targets.removeAll { $0 == met.milestone }
            action.metMilestones.append(met.milestone)
            if action.targets.isEmpty && !action.ongoing { action.closedOn = event.effective.validDate }
        }
    }

    /// The action an event is about, if it is an action-plan event.
    private static func actionId(of event: ReplayedEvent) -> String? {
        let data = event.effective.event
        return data.data(as: ActionDefined.self)?.actionId ?? data.data(as: ActionTargetRevised.self)?.actionId
            ?? data.data(as: ActionProgressUpdated.self)?.actionId ?? data.data(as: ActionClosed.self)?.actionId
            ?? data.data(as: PlanActionDefined.self)?.reference ?? data.data(as: MilestoneMet.self)?.reference
    }

    /// `1.1` for `1.1.1`: the reference without its last part.
    private static func priority(of reference: String) -> String {
        guard let dot = reference.lastIndex(of: ".") else { return reference }
        return String(reference[..<dot])
    }
}
