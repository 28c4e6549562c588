import CaseModel
import LedgerCalendar
import Projections

extension CensusChild {
    /// The census view of `history` at `referenceDate`: events dated after it are not seen (DOMAIN.md §6.3).
    /// - Throws: `ProjectionError.evaluation` when an s47's ICPC target falls outside the calendar.
    static func build(_ history: ChildHistory, referenceDate: CivilDate, calendar: WorkingDayCalendar)
        throws(ProjectionError) -> CensusChild
    {
        var builder = CensusChildBuilder(childId: history.childId, calendar: calendar)
        for effective in history.eventsInValidTimeOrder(asOf: .onOrBefore(referenceDate)) {
            try builder.apply(effective)
        }
        return builder.child
    }
}

/// Folds one child's events into census episodes: a start (referral, assessment, plan, s47) sits in the open
/// referral episode; an end or a review finds what it ends wherever it is open.
private struct CensusChildBuilder {
    var child: CensusChild
    let calendar: WorkingDayCalendar
    var strategyDiscussionDates: [String: CivilDate] = [:]
    var planCount = 0

    init(childId: String, calendar: WorkingDayCalendar) {
        child = CensusChild(childId: childId, episodes: [], unplacedEvents: [])
        self.calendar = calendar
    }

    mutating func apply(_ effective: EffectiveEvent) throws(ProjectionError) {
        let date = effective.validDate
        switch effective.event.data {
        case let registration as ChildRegistered: child.registration = registration
        case is ChildDied: child.deathDate = date
        case let referral as ReferralReceived: startEpisode(referral, on: date, at: effective.position)
        case let decision as ReferralDecisionMade where decision.isNoFurtherAction || decision.primaryNeed != nil:
            inOpenEpisode(effective) {
                if decision.isNoFurtherAction { $0.referralNFA = true }
                $0.decisionNeed = decision.primaryNeed ?? $0.decisionNeed
                $0.referralDecided = true
            }
        case is ReferralDecisionMade:
            if let last = child.episodes.indices.last, child.episodes[last].closureDate == nil {
                child.episodes[last].referralDecided = true
            }
        case is AssessmentStarted:
            inOpenEpisode(effective) {
                $0.assessments.append(.init(startDate: date, factors: [], positions: [effective.position]))
            }
        case is AssessmentInternalReview:
            inOpenAssessment(effective) { assessment, _ in assessment.internalReviewDate = date }
        case let authorised as AssessmentAuthorised: authorise(authorised, effective)
        case is CinPlanStarted: inOpenEpisode(effective) { $0.cinPlans.append(.init(startDate: date)) }
        case is CinPlanEnded: inOpen(\.cinPlans, where: { $0.endDate == nil }, effective) { $0.endDate = date }
        case is StrategyDiscussionHeld: strategyDiscussionDates[effective.eventId] = date
        case let enquiry as Section47Started: try startSection47(enquiry, effective)
        case let concluded as Section47Concluded:
            inOpen(\.section47s, where: { $0.concludedDate == nil }, effective) {
                $0.concludedDate = date
                $0.initialConferenceNotRequired = !concluded.icpcRequired
            }
        case is IcpcHeld:
            inOpen(\.section47s, where: { $0.initialConferenceDate == nil }, effective) {
                $0.initialConferenceDate = date
            }
        default: applyPlanEvent(effective, on: date)
        }
    }

    private mutating func applyPlanEvent(_ effective: EffectiveEvent, on date: CivilDate) {
        let isOpen = { (plan: CensusChild.ProtectionPlan) in plan.endDate == nil }
        switch effective.event.data {
        case let plan as CpPlanStarted:
            let previous = planCount
            planCount += 1
            inOpenEpisode(effective) {
                $0.protectionPlans.append(
                    .init(
                        startDate: date, initialCategory: plan.initialCategory, latestCategory: plan.initialCategory,
                        previousPlanCount: previous, reviewDates: []))
            }
        case let change as CpCategoryChanged:
            inOpen(\.protectionPlans, where: isOpen, effective) { $0.latestCategory = change.latestCategory }
        case let review as RcpcHeld:
            inOpen(\.protectionPlans, where: isOpen, effective) {
                $0.reviewDates.append(date)
                $0.latestCategory = review.latestCategory ?? $0.latestCategory
            }
        case is CpPlanEnded: inOpen(\.protectionPlans, where: isOpen, effective) { $0.endDate = date }
        case let closed as CaseClosed:
            inOpenEpisode(effective) {
                $0.closureDate = date
                $0.closureReason = closed.reason
            }
        default: break
        }
    }

    /// Several referrals of a child on one day are one referral (as in the annual figures).
    private mutating func startEpisode(_ referral: ReferralReceived, on date: CivilDate, at position: UInt64) {
        if child.episodes.last?.referralDate == date { return }
        child.episodes.append(.init(referralDate: date, referralSource: referral.source, referralPosition: position))
    }

    private mutating func authorise(_ authorised: AssessmentAuthorised, _ effective: EffectiveEvent) {
        inOpenAssessment(effective) { assessment, episode in
            assessment.authorisationDate = effective.validDate
            assessment.factors = authorised.factors
            assessment.positions.append(effective.position)
            episode.assessedNeed = authorised.primaryNeed ?? episode.assessedNeed
        }
    }

    private mutating func startSection47(_ enquiry: Section47Started, _ effective: EffectiveEvent)
        throws(ProjectionError)
    {
        let start = strategyDiscussionDates[enquiry.strategyDiscussionEventId] ?? effective.validDate
        let target: CivilDate
        do {
            target = try calendar.addingWorkingDays(
                15, to: start, convention: .elapsed, nonWorkingStart: .countFromStart)
        } catch {
            throw ProjectionError(.evaluation, position: effective.position, reason: "InitialCPCtarget: \(error)")
        }
        inOpenEpisode(effective) {
            $0.section47s.append(
                .init(startDate: start, initialConferenceTarget: target, initialConferenceNotRequired: false))
        }
    }

    /// Runs `change` on the open (not closed) last episode, or records the event as unplaced.
    private mutating func inOpenEpisode(_ effective: EffectiveEvent, _ change: (inout CensusChild.Episode) -> Void) {
        guard let index = child.episodes.indices.last, child.episodes[index].closureDate == nil else {
            return unplaced(effective)
        }
        change(&child.episodes[index])
    }

    /// Runs `change` on the latest item of `items` matching `isOpen` in any episode, or records the event as
    /// unplaced.
    private mutating func inOpen<Item>(
        _ items: WritableKeyPath<CensusChild.Episode, [Item]>, where isOpen: (Item) -> Bool,
        _ effective: EffectiveEvent, _ change: (inout Item) -> Void
    ) {
        for episodeIndex in child.episodes.indices.reversed() {
            if let itemIndex = child.episodes[episodeIndex][keyPath: items].lastIndex(where: isOpen) {
                return change(&child.episodes[episodeIndex][keyPath: items][itemIndex])
            }
        }
        unplaced(effective)
    }

    private mutating func inOpenAssessment(
        _ effective: EffectiveEvent, _ change: (inout CensusChild.Assessment, inout CensusChild.Episode) -> Void
    ) {
        for episodeIndex in child.episodes.indices.reversed() {
            if let index = child.episodes[episodeIndex].assessments.lastIndex(where: { $0.authorisationDate == nil }) {
                var episode = child.episodes[episodeIndex]
                var assessment = episode.assessments[index]
                change(&assessment, &episode)
                episode.assessments[index] = assessment
                child.episodes[episodeIndex] = episode
                return
            }
        }
        unplaced(effective)
    }

    private mutating func unplaced(_ effective: EffectiveEvent) {
        child.unplacedEvents.append(.init(position: effective.position, typeName: effective.typeName))
    }
}
