import CaseModel
import LedgerCalendar

/// One representative, valid payload per catalogue type, and envelopes that fit them.
enum SampleEvents {
    static func date(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }
    static func instant(_ text: String) -> Instant { Instant(iso8601: text)! }
    static func month(_ text: String) -> YearMonth { YearMonth(iso8601: text)! }

    static let payloads: [any EventData] =
        childJourney + protectionAndLegal + systemEvents + corrections + earlyHelpAndReferral
        + conferenceLegalAndCare + reviewAndBoard

    static let childJourney: [any EventData] = [
        EarlyHelpAssessmentStarted(tool: .familyHelpTool, leadProfessionalId: "hv-12", leadAgency: "nhs-trust-1"),
        EarlyHelpAssessmentCompleted(childSeen: true, escalatedToSocialCare: false),
        TafMeetingHeld(
            meetingKind: .teamAroundTheFamily, attendingAgencies: ["school-4"], nextReviewOn: date("2013-06-24")),
        ContactReceived(channel: .phone, source: .police, rag: .amber),
        ContactOutcome(outcome: .referral),
        ReferralReceived(source: .localAuthorityEarlyHelp, householdMemberIds: ["C-0002"]),
        ReferralDecisionMade(outcome: .assessment),
        SocialWorkerAllocated(workerId: "sw-7", teamId: "team-north"),
        AssessmentStarted(legalBasis: .section17, leadSocialWorkerId: "sw-7"),
        AssessmentInternalReview(),
        AssessmentAuthorised(
            completedOn: date("2013-05-13"), childInNeed: true, primaryNeed: .abuseOrNeglect,
            factors: [.domesticViolenceParent, .mentalHealthParent, .childCriminalExploitation], nextStep: .cinPlan),
        InitialAssessmentStarted(),
        InitialAssessmentCompleted(nextStep: .section47),
        CoreAssessmentStarted(),
        CoreAssessmentCompleted(factors: [.legacyPhysicalAbuse], nextStep: .childProtection),
        CinPlanStarted(leadProfessionalId: "sw-7"),
        CinPlanEnded(reason: .stepUpToChildProtection),
        CinMeetingHeld(meetingKind: .review),
        StrategyDiscussionHeld(form: .meeting, initiatesSection47: true, attendingAgencies: ["police-1", "nhs-1"]),
        Section47Started(strategyDiscussionEventId: "E-strategy-1", jointWithPolice: true),
        Section47Concluded(concernsSubstantiated: true, icpcRequired: true),
        IcpcHeld(
            preBirth: false, planRequired: true, category: .neglect,
            parentalFactors: ParentalFactors(domesticAbuse: true, alcoholMisuse: true)),
        CpPlanStarted(initialCategory: .neglect, previousPlanCount: 0),
        CpPlanEnded(reason: .noLongerAtRisk),
        CpCategoryChanged(latestCategory: .multiple),
        CoreGroupMeetingHeld(attendingAgencies: ["school-4"]),
        RcpcHeld(
            planContinues: true, latestCategory: .emotional, parentalFactors: ParentalFactors(mentalIllHealth: true)),
        StatutoryVisitMade(visitKind: .childProtection, childSeen: true, childSeenAlone: true),
        TransferInNotified(notifyingAuthority: "LA-352"),
        TransferInConferenceHeld(planRequired: true, category: .physical),
    ]

    static let protectionAndLegal: [any EventData] = [
        PoliceProtectionStarted(officerId: "pc-1234"),
        PoliceProtectionEnded(),
        EpoApplied(courtId: "court-9"),
        EpoGranted(expiresOn: date("2013-05-21")),
        BecameLookedAfter(legalStatus: .interimCareOrder),
        CeasedLookedAfter(),
        MissingEpisodeStarted(missingFrom: .care, reportedToPolice: true),
        MissingEpisodeEnded(),
        ReturnInterviewOffered(),
        ReturnInterviewHeld(accepted: false),
        AllegationReceived(harmCriteria: [.harmedChild, .possibleCriminalOffence], personIsVolunteer: false),
        LadoNotified(channel: .employer),
        AllegationOutcome(outcome: .substantiated),
        ChildDied(expectation: .unexpected, lookedAfter: false),
        DeathNotifiedToLscb(boardId: "lscb-salford"),
        CaseClosed(reason: .closedAfterAssessmentReferredToEarlyHelp),
        ChildRegistered(
            birthDate: date("2009-02-28"), sex: .female, genderCurrent: .female, ethnicity: .whiteAndBlackCaribbean,
            disabilities: [.autism, .communication]),
        HouseholdMembershipChanged(personId: "P-0009", role: .partner, change: .joined),
    ]

    static let systemEvents: [any EventData] = [
        SeriousIncidentNotified(childDied: false, deathInCustody: false),
        ScrDecisionMade(decision: .seriousCaseReview),
        ScrReportCompleted(),
        ScrReportSentToNationalPanel(),
        ScrPublished(),
        RecommendationRecorded(number: 3, relatedRecommendations: [12, 13]),
        ActionDefined(
            actionId: "3.1", recommendationNumber: 3, leadRole: "designated-nurse", targetMonth: month("2017-05")),
        ActionProgressUpdated(actionId: "3.1", updateNumber: 10, rag: .amber, evidenceRefs: ["audit-2017-04"]),
        ActionTargetRevised(actionId: "3.1", targetMonth: month("2017-08")),
        ActionClosed(actionId: "3.1", acceptedBy: "independent-chair", evidenceRefs: ["audit-2017-09"]),
        PlanActionDefined(
            reference: "2.1.4", leadRole: "lscb-manager", milestones: [month("2013-07"), month("2014-01")]),
        MilestoneMet(reference: "2.1.4", milestone: month("2013-07")),
    ]

    static let corrections: [any EventData] = [
        EventCorrected(
            correctedEventId: "E-0001", reason: "wrong source recorded",
            replacement: EventReplacement(
                occurredOn: date("2013-05-13"), occurredAt: instant("2013-05-13T09:30:00Z"),
                data: ReferralReceived(source: .schools))),
        EventRetracted(
            retractedEventId: "E-0002", retractedType: "ContactReceived", reason: "recorded on the wrong child"),
    ]

    /// An envelope dated 13 May 2013 carrying the subject id `data` needs (and an instant for every type).
    static func envelope(for data: any EventData, eventId: String = "E-1000") -> EventEnvelope {
        var envelope = EventEnvelope(
            eventId: eventId, occurredOn: date("2013-05-13"), occurredAt: instant("2013-05-13T10:15:00+01:00"),
            recordedAt: instant("2013-05-14T08:00:00Z"), actor: Actor(recordedBy: "sw-7", team: "team-north"))
        switch data.targetStreamKind {
        case .child: envelope.childId = "C-0001"
        case .household: envelope.householdId = "H-0001"
        case .board: envelope.boardId = "lscb-redbridge"
        case .review: envelope.reviewId = "SCR-2017-R"
        }
        return envelope
    }

    static func event(_ data: any EventData, eventId: String = "E-1000") -> CaseEvent {
        try! CaseEvent(envelope: envelope(for: data, eventId: eventId), data: data)
    }
}
