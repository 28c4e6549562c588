import CaseModel
import LedgerCalendar

/// Samples for the types added in catalogue 1.1 (DOMAIN.md §3.2–§3.15, §9), one per type.
extension SampleEvents {
    static let earlyHelpAndReferral: [any EventData] = [
        EarlyHelpNeedIdentified(
            identifyingAgency: "school-4", professionalId: "teacher-2", indicators: [.youngCarer, .earlySignsOfAbuse]),
        EarlyHelpConsentRecorded(consentGiven: false, givenBy: "P-0003", referralJudgedNecessary: true),
        LeadProfessionalAssigned(professionalId: "hv-12", agencyId: "nhs-trust-1"),
        EarlyHelpPlanAgreed(
            actions: [EarlyHelpPlanAction(actionId: "a1", ownerId: "hv-12", dueOn: date("2013-06-24"))],
            nextReviewOn: date("2013-06-24")),
        EarlyHelpPlanReviewed(actionsNotProgressed: ["a1"], nextReviewOn: date("2013-07-01")),
        TargetedEarlyHelpReferralReceived(stepDownFromSocialCare: true),
        TargetedEarlyHelpReferralAllocated(teamId: "family-connect", workerId: "fw-3"),
        FamilyContactAttempted(attemptNumber: 3, result: .noResponse),
        EarlyHelpVisit(mode: .visit, childSeen: true),
        EarlyHelpEscalated(routedTo: .mash),
        EarlyHelpClosed(reason: .steppedUp),
        ReferralAcknowledged(referrerAgency: "police-1"),
        ReferrerFeedbackGiven(outcome: .assessment, alternativeSupportSuggested: false),
        FamilyInformed(outcome: .earlyHelp, alternativeSupportSuggested: true),
        Section85NotificationReceived(notifyingAgency: "nhs-trust-1", admittedOn: date("2013-02-01")),
        ChildSeen(seenAlone: true, wishesAndFeelingsRecorded: true),
        AssessmentTimescaleExceeded(reason: "awaiting a paediatric report", timescaleWorkingDays: 45),
    ]

    static let conferenceLegalAndCare: [any EventData] = [
        ConferenceRequestedByProfessional(requestingAgency: "school-4", conferenceKind: .initial),
        ProfessionalDissentRecorded(agencyId: "police-1", decisionEventId: "E-0042"),
        EscalationRaised(raisingAgency: "nhs-trust-1", stage: 2, concernEventId: "E-0042"),
        IcpcConvened(
            invitationsSentOn: date("2013-05-13"), targetDate: date("2013-05-24"), invitedAgencies: ["police-1"]),
        ConferenceReportSubmitted(
            agencyId: "school-4", conferenceKind: .review, shareWithParents: true,
            sharedWithParentsOn: date("2013-05-14")),
        EmergencyActionTaken(
            agencyId: "police-1", foundInAuthority: "LA-352", homeAuthority: "LA-355",
            responsibilityAcceptedInWriting: true),
        CareProceedingsIssued(applicantAuthority: "LA-352", courtId: "court-9", legalAdviceObtained: true),
        CourtOrderMade(order: .interimCareOrder, courtId: "court-9", expiresOn: date("2013-06-10")),
        AccommodatedSection20(consentRecorded: true, consentGivenBy: "P-0003"),
        CarePlanningMeetingHeld(attendingAgencies: ["nhs-trust-1"]),
        IhaRequested(healthProviderId: "nhs-trust-1"),
        IhaCompleted(healthProviderId: "nhs-trust-1"),
        HealthPlanSent(healthProviderId: "nhs-trust-1"),
        PepMeetingRequested(schoolId: "school-4"),
        LacReviewHeld(reviewNumber: 1, iroId: "iro-5"),
        PlacementChanged(placement: .fosterCare, placementId: "carer-88"),
        RegistrarInformationReceived(registeredOn: date("2013-05-08")),
        CoronerNotification(inquest: true, postMortem: true),
        RapidResponseDiscussionHeld(attendingAgencies: ["police-1", "nhs-trust-1"]),
        PlaceOfDeathVisited(jointWithPolice: true),
        PostMortemResult(stage: .initial),
        JointReportToCoroner(crucialInformationPending: false),
        CdopReviewCompleted(modifiableFactors: true, referredForScrDecision: true),
    ]

    static let reviewAndBoard: [any EventData] = [
        ScrDecisionCommunicated(recipients: [.ofsted, .nationalPanel]),
        ReviewerAppointed(reviewerId: "reviewer-1", nameSentToPanelOn: date("2013-05-20")),
        AgencyInformationRequested(agencyId: "nhs-trust-1", dueOn: date("2013-06-13")),
        AgencyInformationReceived(agencyId: "nhs-trust-1", documentRef: "chronology-v2"),
        ScrPanelMeetingHeld(attendingAgencies: ["police-1"]),
        FamilyEngaged(participants: [.parent, .child]),
        InterimLearningCaptured(delayCause: .courtProceedings),
        ScrReportRemovedFromWebsite(),
        BusinessPlanPublished(planId: "bp-2013", financialYear: FinancialYear(startingIn: 2013), status: .final),
        StrategicThemeDefined(planId: "bp-2013", reference: "1"),
        PriorityDefined(planId: "bp-2013", reference: "1.2", themeReference: "1", externalPriorityRefs: ["hwb-3"]),
        BoardReportReceived(reportSeries: "mash-twice-yearly", presentingAgency: "LA-352"),
        MultiAgencyAuditCompleted(auditId: "audit-tac-2013", sampleCaseCount: 50, findingsRef: "audit-report-7"),
        Section11AuditReturned(agencyId: "police-1", financialYear: FinancialYear(startingIn: 2012)),
        TrainingDelivered(courseId: "course-cse-1", attendeeCount: 24),
        ThresholdDocumentPublished(documentVersion: "con-v3", effectiveFrom: date("2013-06-01")),
        AnnualReportPublished(
            financialYear: FinancialYear(startingIn: 2012), sentTo: [.chiefExecutive, .healthAndWellbeingBoardChair]),
        Redacted(
            redactedEventId: "E-0003", redactedType: "ChildSeen", legalBasis: .recordedOnWrongFile,
            authorisedBy: "caldicott-1"),
    ]
}
