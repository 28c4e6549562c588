/// Every event type of the catalogue, and lookup by `type` string.
///
/// Adding a type: write its struct in `Events/`, list it here, document it in `docs/event-catalogue.md`.
public enum EventCatalogue {
    /// All event types, in journey order (docs and tests iterate this).
    public static let types: [any EventData.Type] = [
        EarlyHelpNeedIdentified.self, EarlyHelpConsentRecorded.self, LeadProfessionalAssigned.self,
        EarlyHelpAssessmentStarted.self, EarlyHelpAssessmentCompleted.self, TafMeetingHeld.self,
        EarlyHelpPlanAgreed.self, EarlyHelpPlanReviewed.self, TargetedEarlyHelpReferralReceived.self,
        TargetedEarlyHelpReferralAllocated.self, FamilyContactAttempted.self, EarlyHelpVisit.self,
        EarlyHelpEscalated.self, EarlyHelpClosed.self,
        ContactReceived.self, ContactOutcome.self, ReferralReceived.self, ReferralAcknowledged.self,
        ReferralDecisionMade.self, ReferrerFeedbackGiven.self, FamilyInformed.self, SocialWorkerAllocated.self,
        Section85NotificationReceived.self,
        AssessmentStarted.self, ChildSeen.self, AssessmentInternalReview.self, AssessmentTimescaleExceeded.self,
        AssessmentAuthorised.self,
        InitialAssessmentStarted.self, InitialAssessmentCompleted.self, CoreAssessmentStarted.self,
        CoreAssessmentCompleted.self,
        CinPlanStarted.self, CinPlanEnded.self, CinMeetingHeld.self,
        StrategyDiscussionHeld.self, Section47Started.self, Section47Concluded.self,
        ConferenceRequestedByProfessional.self, ProfessionalDissentRecorded.self, EscalationRaised.self,
        IcpcConvened.self, ConferenceReportSubmitted.self,
        IcpcHeld.self, CpPlanStarted.self, CpPlanEnded.self, CpCategoryChanged.self, CoreGroupMeetingHeld.self,
        RcpcHeld.self, StatutoryVisitMade.self, TransferInNotified.self, TransferInConferenceHeld.self,
        PoliceProtectionStarted.self, PoliceProtectionEnded.self, EmergencyActionTaken.self, EpoApplied.self,
        EpoGranted.self, CareProceedingsIssued.self, CourtOrderMade.self, AccommodatedSection20.self,
        BecameLookedAfter.self, CarePlanningMeetingHeld.self, IhaRequested.self, IhaCompleted.self, HealthPlanSent.self,
        PepMeetingRequested.self,
        LacReviewHeld.self, PlacementChanged.self, CeasedLookedAfter.self,
        MissingEpisodeStarted.self, MissingEpisodeEnded.self, ReturnInterviewOffered.self, ReturnInterviewHeld.self,
        AllegationReceived.self, LadoNotified.self, AllegationOutcome.self,
        ChildDied.self, DeathNotifiedToLscb.self, RegistrarInformationReceived.self, CoronerNotification.self,
        RapidResponseDiscussionHeld.self, PlaceOfDeathVisited.self, PostMortemResult.self,
        JointReportToCoroner.self, CdopReviewCompleted.self, CaseClosed.self,
        ChildRegistered.self, HouseholdMembershipChanged.self,
        SeriousIncidentNotified.self, ScrDecisionMade.self, ScrDecisionCommunicated.self, ReviewerAppointed.self,
        AgencyInformationRequested.self, AgencyInformationReceived.self, ScrPanelMeetingHeld.self,
        FamilyEngaged.self, InterimLearningCaptured.self, ScrReportCompleted.self,
        ScrReportSentToNationalPanel.self, ScrPublished.self, ScrReportRemovedFromWebsite.self,
        RecommendationRecorded.self, ActionDefined.self, ActionProgressUpdated.self, ActionTargetRevised.self,
        ActionClosed.self,
        BusinessPlanPublished.self, StrategicThemeDefined.self, PriorityDefined.self, PlanActionDefined.self,
        MilestoneMet.self, BoardReportReceived.self, MultiAgencyAuditCompleted.self, Section11AuditReturned.self,
        TrainingDelivered.self, ThresholdDocumentPublished.self, AnnualReportPublished.self,
        EventCorrected.self, EventRetracted.self, Redacted.self,
    ]

    /// Types by `typeName`. Building it traps on a duplicate name: a catalogue bug, caught by any test.
    public static let typesByName: [String: any EventData.Type] = Dictionary(
        uniqueKeysWithValues: types.map { ($0.typeName, $0) })

    /// The type named `typeName`, or nil.
    public static func type(named typeName: String) -> (any EventData.Type)? { typesByName[typeName] }

    /// The types that open or close episodes of `kind`.
    public static func boundaries(of kind: EpisodeKind) -> (starts: [any EventData.Type], ends: [any EventData.Type]) {
        let matching = types.filter { $0.episodeBoundary?.kind == kind }
        return (
            matching.filter { $0.episodeBoundary?.edge == .start }, matching.filter { $0.episodeBoundary?.edge == .end }
        )
    }
}
