/// A span of a child's journey that one event type opens and another closes: the building block for
/// cross-event checks (DOMAIN.md §3.16) and projections.
public enum EpisodeKind: String, Hashable, Sendable, CaseIterable {
    /// Referral to closure (one census CINdetails). / Early-help assessment. / Single assessment. / Legacy
    /// initial assessment. / Legacy core assessment. / CIN plan. / s47 enquiry. / CP plan. / Looked after. /
    /// Missing episode. / Police protection.
    case referral, earlyHelpAssessment, assessment, initialAssessment, coreAssessment, cinPlan, section47,
        childProtectionPlan, lookedAfter, missing, policeProtection
}

/// Whether an event type opens or closes an episode of some kind.
public struct EpisodeBoundary: Hashable, Sendable {
    /// Which edge of the episode.
    public enum Edge: String, Hashable, Sendable {
        /// Opens the episode. / Closes it.
        case start, end
    }

    /// The episode kind.
    public var kind: EpisodeKind
    /// Start or end.
    public var edge: Edge

    /// Creates a boundary.
    public init(_ edge: Edge, of kind: EpisodeKind) {
        self.kind = kind
        self.edge = edge
    }
}
