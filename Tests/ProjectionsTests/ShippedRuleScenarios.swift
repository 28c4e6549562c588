import CaseModel
import LedgerCalendar
import TestSupport

/// One scenario per shipped clock: every rule of every shipped book, and every recurrence.
/// `ShippedRuleTests.everyShippedClockHasAScenario` fails when a book gains a rule without one.
enum ShippedRuleScenarios {
    static let wt2010 = "2012-03-05"
    static let wt2013 = "2014-03-03"
    static let oldham = "2024-03-04"
    static let factors = ParentalFactors()
    static let icpcWithPlan = IcpcHeld(
        preBirth: false, planRequired: true, category: .neglect, parentalFactors: factors)
    static let icpcWithoutPlan = IcpcHeld(preBirth: false, planRequired: false, category: nil, parentalFactors: factors)
    static let rcpc = RcpcHeld(planContinues: true, latestCategory: .neglect, parentalFactors: factors)
    static let s47Discussion = StrategyDiscussionHeld(form: .meeting, initiatesSection47: true)
    static let allegation = AllegationReceived(harmCriteria: [.harmedChild], personIsVolunteer: false)
    static let authorised = AssessmentAuthorised(
        completedOn: day("2014-03-03"), childInNeed: true, primaryNeed: .abuseOrNeglect, factors: [],
        nextStep: .cinPlan)
    static let visit = EarlyHelpVisit(mode: .visit, childSeen: true)
    static let lookedAfter = BecameLookedAfter(legalStatus: .section20)

    static let all: [ShippedRuleScenario] =
        national2010 + national2013 + reviewsAndDeaths + oldhamEarlyHelp
        + oldhamStatutory

    static let national2010: [ShippedRuleScenario] = [
        .pair(
            "wt10.referral-decision", start: wt2010, startEvents: [ReferralReceived(source: .police)],
            stopEvent: ReferralDecisionMade(outcome: .assessment)),
        .pair(
            "wt10.initial-assessment", start: wt2010, startEvents: [ReferralReceived(source: .police)],
            stopEvent: InitialAssessmentCompleted(nextStep: .section47)),
        .pair(
            "wt10.core-assessment", start: wt2010, startEvents: [CoreAssessmentStarted()],
            stopEvent: CoreAssessmentCompleted(nextStep: .childProtection)),
        .pair(
            "wt10.icpc-15", start: wt2010, startEvents: [s47Discussion], stopEvent: icpcWithoutPlan),
        .pair("wt10.core-group-first", start: wt2010, startEvents: [icpcWithPlan], stopEvent: CoreGroupMeetingHeld()),
        .pair("wt10.rcpc-first", start: wt2010, startEvents: [icpcWithPlan], stopEvent: rcpc),
        .repetition("wt10.rcpc-next", start: wt2010, first: icpcWithPlan, repeated: rcpc),
        .pair("wt10.lado-1wd", start: wt2010, startEvents: [allegation], stopEvent: LadoNotified(channel: .employer)),
        // Statute: applies before WT2013 too.
        .pair(
            "nat.police-protection", start: "2011-03-07", startEvents: [PoliceProtectionStarted()],
            stopEvent: PoliceProtectionEnded()),
    ]

    static let national2013: [ShippedRuleScenario] = [
        .pair(
            "nat.referral-decision", start: wt2013, startEvents: [ReferralReceived(source: .police)],
            stopEvent: ReferralDecisionMade(outcome: .assessment)),
        .pair(
            "nat.referral-ack", start: wt2013, startEvents: [ReferralReceived(source: .police)],
            stopEvent: ReferralAcknowledged()),
        .pair(
            "nat.assessment-45", start: wt2013, startEvents: [ReferralReceived(source: .police)], stopEvent: authorised),
        .pair(
            "dfe.assessment-45", start: wt2013, startEvents: [AssessmentStarted(legalBasis: .section17)],
            stopEvent: authorised),
        .pair("nat.icpc-15", start: wt2013, startEvents: [s47Discussion], stopEvent: icpcWithoutPlan),
        .pair("nat.core-group-first", start: wt2013, startEvents: [icpcWithPlan], stopEvent: CoreGroupMeetingHeld()),
        .pair("nat.rcpc-first", start: wt2013, startEvents: [icpcWithPlan], stopEvent: rcpc),
        .repetition("nat.rcpc-next", start: wt2013, first: icpcWithPlan, repeated: rcpc),
        .pair(
            "nat.transfer-in-conf", start: wt2013, startEvents: [TransferInNotified(notifyingAuthority: "LA-352")],
            stopEvent: TransferInConferenceHeld(planRequired: true, category: .physical)),
        .pair("nat.lado-1wd", start: wt2013, startEvents: [allegation], stopEvent: LadoNotified(channel: .police)),
    ]

    static let reviewsAndDeaths: [ShippedRuleScenario] = [
        .pair(
            "lscb.scr-decision", scope: .review, start: wt2013,
            startEvents: [SeriousIncidentNotified(childDied: true, deathInCustody: false)],
            stopEvent: ScrDecisionMade(decision: .seriousCaseReview)),
        .pair(
            "lscb.scr-complete", scope: .review, start: wt2013,
            startEvents: [ScrDecisionMade(decision: .seriousCaseReview)], stopEvent: ScrReportCompleted()),
        ShippedRuleScenario("cdr.registrar", start: wt2013, openIsObservable: false) { stop in
            var ledger = TestLedger()
            ledger.append(RegistrarInformationReceived(registeredOn: day(wt2013)), at: stop ?? .date(day(wt2013)))
            return ledger
        },
        ShippedRuleScenario("cdr.coroner", start: wt2013, openIsObservable: false) { stop in
            var ledger = TestLedger()
            let notification = CoronerNotification(
                inquest: true, postMortem: true, inquestOrPostMortemDecidedOn: day(wt2013))
            ledger.append(notification, at: stop ?? .date(day(wt2013)))
            return ledger
        },
        .pair(
            "cdr.coroner-report", start: wt2013, startEvents: [ChildDied(expectation: .unexpected, lookedAfter: false)],
            stopEvent: JointReportToCoroner(crucialInformationPending: false)),
    ]

    static let oldhamEarlyHelp: [ShippedRuleScenario] = [
        .pair(
            "old.eha-complete", authority: "Oldham", start: oldham,
            startEvents: [EarlyHelpAssessmentStarted(tool: .familyHelpTool)],
            stopEvent: EarlyHelpAssessmentCompleted(childSeen: true, escalatedToSocialCare: false)),
        .pair(
            "old.eh-plan-review", authority: "Oldham", start: oldham, startEvents: [EarlyHelpPlanAgreed(actions: [])],
            stopEvent: EarlyHelpPlanReviewed()),
        .repetition(
            "old.eh-plan-review-next", authority: "Oldham", start: oldham, first: EarlyHelpPlanAgreed(actions: []),
            repeated: EarlyHelpPlanReviewed()),
        .pair(
            "old.taf-cadence", authority: "Oldham", start: oldham,
            startEvents: [TafMeetingHeld(meetingKind: .teamAroundTheFamily)],
            stopEvent: TafMeetingHeld(meetingKind: .teamAroundTheFamily)),
        .repetition(
            "old.taf-cadence-next", authority: "Oldham", start: oldham,
            first: TafMeetingHeld(meetingKind: .teamAroundTheFamily),
            repeated: TafMeetingHeld(meetingKind: .teamAroundTheFamily)),
        .sameEvent("old.taf-minutes", start: oldham) {
            TafMeetingHeld(meetingKind: .teamAroundTheChild, minutesDistributedOn: $0)
        },
        .pair(
            "old.teh-allocate", authority: "Oldham", start: oldham,
            startEvents: [TargetedEarlyHelpReferralReceived(stepDownFromSocialCare: false)],
            stopEvent: TargetedEarlyHelpReferralAllocated(teamId: "positiveSteps")),
        .pair(
            "old.fc-first-visit", authority: "Oldham", start: oldham,
            startEvents: [TargetedEarlyHelpReferralAllocated(teamId: "familyConnect")], stopEvent: visit),
        .repetition(
            "old.fc-visit-gap", authority: "Oldham", start: oldham,
            first: TargetedEarlyHelpReferralAllocated(teamId: "familyConnect"), repeated: visit),
        .pair(
            "old.ps-first-contact", authority: "Oldham", start: oldham,
            startEvents: [TargetedEarlyHelpReferralAllocated(teamId: "positiveSteps")],
            stopEvent: EarlyHelpVisit(mode: .phoneCall, childSeen: false)),
        .repetition(
            "old.ps-contact-gap", authority: "Oldham", start: oldham,
            first: TargetedEarlyHelpReferralAllocated(teamId: "positiveSteps"), repeated: visit),
        ShippedRuleScenario("old.eh-record", authority: "Oldham", start: oldham) { stop in
            var ledger = TestLedger()
            let recorded = stop?.londonDate ?? day(oldham).adding(days: 60)
            ledger.append(visit, at: .date(day(oldham)), recordedOn: recorded.description)
            return ledger
        },
    ]

    static let oldhamStatutory: [ShippedRuleScenario] = [
        .pair(
            "old.cin-first-meeting", authority: "Oldham", start: oldham,
            startEvents: [ReferralReceived(source: .police), CinPlanStarted()],
            stopEvent: CinMeetingHeld(meetingKind: .firstPlanning)),
        .sameEvent("old.cin-minutes", start: oldham) { CinMeetingHeld(meetingKind: .review, minutesSharedOn: $0) },
        .sameEvent("old.strategy-minutes", start: oldham) {
            StrategyDiscussionHeld(form: .meeting, initiatesSection47: false, minutesSharedOn: $0)
        },
        .pair("old.icpc-15", authority: "Oldham", start: oldham, startEvents: [s47Discussion], stopEvent: icpcWithPlan),
        .sameEvent("old.icpc-decisions", start: oldham) {
            IcpcHeld(
                preBirth: false, planRequired: true, category: .neglect, parentalFactors: factors,
                decisionsCirculatedOn: $0)
        },
        .sameEvent("old.cg-minutes", start: oldham) { CoreGroupMeetingHeld(minutesCirculatedOn: $0) },
        .pair("old.rcpc-first", authority: "Oldham", start: oldham, startEvents: [icpcWithPlan], stopEvent: rcpc),
        .repetition("old.rcpc-next", authority: "Oldham", start: oldham, first: icpcWithPlan, repeated: rcpc),
        .pair(
            "old.iha-request", authority: "Oldham", start: oldham, startEvents: [lookedAfter], stopEvent: IhaRequested()
        ),
        .pair(
            "old.health-plan", authority: "Oldham", start: oldham, startEvents: [IhaCompleted()],
            stopEvent: HealthPlanSent()),
        .pair(
            "old.pep-initial", authority: "Oldham", start: oldham, startEvents: [lookedAfter],
            stopEvent: PepMeetingRequested()),
        .pair(
            "old.lac-review-1", authority: "Oldham", start: oldham, startEvents: [lookedAfter],
            stopEvent: LacReviewHeld(reviewNumber: 1)),
        .repetition(
            "old.lac-review-n", authority: "Oldham", start: oldham, first: lookedAfter,
            repeated: LacReviewHeld(reviewNumber: 2)),
    ]
}
