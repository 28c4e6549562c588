import CaseModel
import LedgerCalendar

// The LSCB business plan (DOMAIN.md §8.4, seed 004's structure): plan → strategic themes → priorities →
// actions with a reference (1.1.1), a lead role and "by when" milestones, some ongoing, some left blank.

extension GovernanceSimulator {
    /// How an action's "by when" reads **(gk, shaped like 004)**: one month, two milestones, ongoing, blank.
    enum ByWhen { case month, twoMilestones, ongoing, blank }
    static let byWhenShapes = WeightedTable<ByWhen>([
        (.month, 0.55), (.twoMilestones, 0.25), (.ongoing, 0.12), (.blank, 0.08),
    ])
    /// Chance that a milestone due by the end date was met **(gk)**.
    static let milestoneMetShare = 0.85

    /// The plan of `year`, published in its first weeks: three themes, two or three priorities each, one to
    /// three actions per priority; most milestones due so far are met in or soon after their month.
    static func simulateBusinessPlan(year: FinancialYear, _ recorder: inout GovernanceRecorder) {
        let actor = Actor(recordedBy: businessManager, agency: "lscb")
        let planID = "BP-\(year.startYear)"
        let published = max(recorder.startDate, year.firstDay.adding(days: recorder.integer(in: 0...30)))
        recorder.emit(
            BusinessPlanPublished(planId: planID, financialYear: year, status: .final), on: published,
            boardID: boardID, actor: Actor(recordedBy: businessManager, agency: "lscb", decidedBy: chair))
        for theme in 1...3 {
            recorder.emit(
                StrategicThemeDefined(planId: planID, reference: "\(theme)"), on: published, boardID: boardID,
                actor: actor)
            for priority in 1...recorder.integer(in: 2...3) {
                let priorityReference = "\(theme).\(priority)"
                recorder.emit(
                    PriorityDefined(planId: planID, reference: priorityReference, themeReference: "\(theme)"),
                    on: published, boardID: boardID, actor: actor)
                for action in 1...recorder.integer(in: 1...3) {
                    simulatePlanAction("\(priorityReference).\(action)", year: year, published: published, &recorder)
                }
            }
        }
    }

    /// One business-plan action and the milestones met.
    private static func simulatePlanAction(
        _ reference: String, year: FinancialYear, published: CivilDate, _ recorder: inout GovernanceRecorder
    ) {
        let actor = Actor(recordedBy: businessManager, agency: "lscb")
        let shape = byWhenShapes.draw(using: &recorder.random)
        let first = month(of: year.firstDay, plus: recorder.integer(in: 2...9))
        let milestones: [YearMonth] =
            switch shape {
            case .month: [first]
            case .twoMilestones: [first, month(of: first.firstDay, plus: recorder.integer(in: 2...5))]
            case .ongoing: recorder.chance(0.5) ? [first] : []
            case .blank: []
            }
        recorder.emit(
            PlanActionDefined(
                reference: reference, leadRole: recorder.pick(leadRoles), milestones: milestones,
                ongoing: shape == .ongoing), on: published, boardID: boardID, actor: actor)
        for milestone in milestones where recorder.chance(milestoneMetShare) {
            let met = max(published.adding(days: 1), milestone.lastDay.adding(days: recorder.integer(in: -25...20)))
            recorder.emit(
                MilestoneMet(reference: reference, milestone: milestone), on: met, boardID: boardID, actor: actor)
        }
    }
}
