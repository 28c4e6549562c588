import CaseModel

/// The event type names rules are checked against when loading.
public enum RulebookEventTypes {
    /// The CaseModel catalogue's type names plus `proposed`: what shipped and user books are checked against.
    public static let catalogue: Set<String> = Set(EventCatalogue.types.map { $0.typeName }).union(proposed)

    /// Event types DOMAIN.md §3 names that shipped rules need and the CaseModel catalogue does not yet have.
    /// A test fails as soon as the catalogue gains one, so the list only shrinks.
    public static let proposed: Set<String> = [
        "ReferralAcknowledged", "EarlyHelpPlanAgreed", "EarlyHelpPlanReviewed", "EarlyHelpClosed",
        "TargetedEarlyHelpReferralReceived", "TargetedEarlyHelpReferralAllocated", "EarlyHelpVisit",
        "IhaRequested", "IhaCompleted", "HealthPlanSent", "PepMeetingRequested", "LacReviewHeld",
        "RegistrarInformationReceived", "CoronerNotification", "JointReportToCoroner",
    ]
}
