/// Every event type of the catalogue, and lookup by `type` string.
///
/// Adding a type: write its struct in `Events/`, list it here, document it in `docs/event-catalogue.md`.
public enum EventCatalogue {
    /// All event types, in journey order (docs and tests iterate this).
    public static let types: [any EventData.Type] = [
        EarlyHelpAssessmentStarted.self, EarlyHelpAssessmentCompleted.self, TafMeetingHeld.self,
        ContactReceived.self, ContactOutcome.self, ReferralReceived.self, ReferralDecisionMade.self,
        SocialWorkerAllocated.self,
        AssessmentStarted.self, AssessmentInternalReview.self, AssessmentAuthorised.self,
        InitialAssessmentStarted.self, InitialAssessmentCompleted.self, CoreAssessmentStarted.self,
        CoreAssessmentCompleted.self,
        CinPlanStarted.self, CinPlanEnded.self, CinMeetingHeld.self,
        StrategyDiscussionHeld.self, Section47Started.self, Section47Concluded.self,
        IcpcHeld.self, CpPlanStarted.self, CpPlanEnded.self, CpCategoryChanged.self, CoreGroupMeetingHeld.self,
        RcpcHeld.self, StatutoryVisitMade.self, TransferInNotified.self, TransferInConferenceHeld.self,
        PoliceProtectionStarted.self, PoliceProtectionEnded.self, EpoApplied.self, EpoGranted.self,
        BecameLookedAfter.self, CeasedLookedAfter.self,
        MissingEpisodeStarted.self, MissingEpisodeEnded.self, ReturnInterviewOffered.self, ReturnInterviewHeld.self,
        AllegationReceived.self, LadoNotified.self, AllegationOutcome.self,
        ChildDied.self, DeathNotifiedToLscb.self, CaseClosed.self,
        ChildRegistered.self, HouseholdMembershipChanged.self,
        SeriousIncidentNotified.self, ScrDecisionMade.self, ScrReportCompleted.self,
        ScrReportSentToNationalPanel.self, ScrPublished.self,
        RecommendationRecorded.self, ActionDefined.self, ActionProgressUpdated.self, ActionTargetRevised.self,
        ActionClosed.self, PlanActionDefined.self, MilestoneMet.self,
        EventCorrected.self, EventRetracted.self,
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
