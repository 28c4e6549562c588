import CaseModel
import LedgerCalendar
import SeededRandom

/// The LSCB of the synthetic authority: serious case reviews with their action plans (stream `scr-R0001`…,
/// DOMAIN.md §3.14, §8.3) and the business plan of the last financial year (stream `board-B0001`, §8.4),
/// shaped like the seeds' tables (structure only, no text). Drawn from its own random stream, so the
/// households' events do not depend on it, and from the window only (not from the child count), so a run
/// with fewer children is still a prefix of a run with more.
enum GovernanceSimulator {
    /// The board: `B0001`.
    static let boardID = "B0001"
    /// The random stream of the governance events (households use 0, 1, 2, …).
    static let randomStream = UInt64.max
    /// Who records the LSCB's events (its business manager) and who accepts closures (the chair).
    static let businessManager = SyntheticIDs.worker(number: 9_002)
    static let chair = SyntheticIDs.worker(number: 9_003)
    /// Lead roles of actions: roles of organisations, never people (000 lists leads by role).
    static let leadRoles = [
        "lscb-business-manager", "designated-nurse", "head-of-service-csc", "di-public-protection",
        "education-safeguarding-lead", "named-gp", "lscb-training-officer",
    ]
    /// Chance that a financial year has a serious incident leading to a review **(gk)**.
    static let reviewChancePerYear = 0.8
    /// How actions end **(gk)**: closed by their due date, closed late, or still open.
    enum ActionFate: CaseIterable { case onTime, late, open }
    static let actionFates = WeightedTable<ActionFate>([(.onTime, 0.55), (.late, 0.25), (.open, 0.2)])

    /// The LSCB's events in output order.
    static func simulate(parameters: AuthorityParameters) -> [CaseEvent] {
        var recorder = GovernanceRecorder(
            startDate: parameters.startDate, endDate: parameters.endDate,
            random: SplitMix64(seed: parameters.seed, stream: randomStream))
        let firstYear = FinancialYear(containing: parameters.startDate).startYear
        let lastYear = FinancialYear(containing: parameters.endDate).startYear
        var reviewNumber = 0
        for year in firstYear...lastYear where recorder.chance(reviewChancePerYear) {
            let notified = FinancialYear(startingIn: year).firstDay.adding(days: recorder.integer(in: 0...240))
            reviewNumber += 1
            simulateReview(id: "R" + SyntheticIDs.padded(reviewNumber, width: 4), notified: notified, &recorder)
        }
        simulateBusinessPlan(year: FinancialYear(startingIn: lastYear), &recorder)
        return recorder.events
    }

    /// One review: notification, decision (mostly within a month), report (about six months on), then
    /// recommendations, each with one or two actions.
    private static func simulateReview(id: String, notified: CivilDate, _ recorder: inout GovernanceRecorder) {
        let actor = Actor(recordedBy: businessManager, agency: "lscb")
        let decider = Actor(recordedBy: businessManager, agency: "lscb", decidedBy: chair)
        recorder.emit(
            SeriousIncidentNotified(childDied: recorder.chance(0.5), deathInCustody: false), on: notified,
            reviewID: id, actor: actor)
        let decided = notified.adding(days: recorder.integer(in: 7...40))
        recorder.emit(ScrDecisionMade(decision: .seriousCaseReview), on: decided, reviewID: id, actor: decider)
        let reported = decided.adding(days: recorder.integer(in: 140...230))
        recorder.emit(ScrReportCompleted(), on: reported, reviewID: id, actor: decider)
        let recommendationCount = recorder.integer(in: 3...6)
        for number in 1...recommendationCount {
            let related = number > 1 && recorder.chance(0.25) ? [recorder.integer(in: 1...(number - 1))] : []
            recorder.emit(
                RecommendationRecorded(number: number, relatedRecommendations: related), on: reported, reviewID: id,
                actor: actor)
            for action in 1...recorder.integer(in: 1...2) {
                simulateAction(
                    "\(number).\(action)", recommendation: number, defined: reported, reviewID: id, &recorder)
            }
        }
    }

    /// One SCR action: defined with a target month, progress updates about every two months, perhaps a
    /// revised target, and a closure on time, late or not at all.
    private static func simulateAction(
        _ actionID: String, recommendation: Int, defined: CivilDate, reviewID: String,
        _ recorder: inout GovernanceRecorder
    ) {
        let actor = Actor(recordedBy: businessManager, agency: "lscb")
        var target = month(of: defined, plus: recorder.integer(in: 2...9))
        recorder.emit(
            ActionDefined(
                actionId: actionID, recommendationNumber: recommendation, leadRole: recorder.pick(leadRoles),
                targetMonth: target), on: defined, reviewID: reviewID, actor: actor)
        let fate = actionFates.draw(using: &recorder.random)
        if fate != .onTime, recorder.chance(0.3) {
            target = month(of: target.firstDay, plus: recorder.integer(in: 2...4))
            let revised = defined.adding(days: recorder.integer(in: 30...60))
            recorder.emit(
                ActionTargetRevised(actionId: actionID, targetMonth: target), on: revised, reviewID: reviewID,
                actor: actor)
        }
        let due = target.lastDay
        let closed: CivilDate? =
            switch fate {
            case .onTime: max(defined.adding(days: 14), due.adding(days: -recorder.integer(in: 0...45)))
            case .late: due.adding(days: recorder.integer(in: 10...120))
            case .open: nil
            }
        var update = defined.adding(days: recorder.integer(in: 40...70))
        var updateNumber = 0
        while closed.map({ update < $0 }) ?? true {
            updateNumber += 1
            let rag: RagRating = update > due ? .red : due.days(until: update) > -31 ? .amber : .green
            recorder.emit(
                ActionProgressUpdated(actionId: actionID, updateNumber: updateNumber, rag: rag), on: update,
                reviewID: reviewID, actor: actor)
            update = update.adding(days: recorder.integer(in: 50...70))
            if update > recorder.endDate { break }
        }
        guard let closed else { return }
        recorder.emit(
            ActionClosed(actionId: actionID, acceptedBy: chair, evidenceRefs: ["EV-\(reviewID)-\(actionID)"]),
            on: closed, reviewID: reviewID, actor: actor)
    }

    /// The month `months` after the month of `date`.
    static func month(of date: CivilDate, plus months: Int) -> YearMonth {
        let shifted = CivilDate(year: date.year, month: date.month, day: 1)!.adding(months: months)
        return YearMonth(year: shifted.year, month: shifted.month)!
    }
}
