// Ledger-defined code lists for the event types added in catalogue 1.1 (DOMAIN.md §3.2–§3.12). Same rules
// as PracticeCodes.swift: lower camel case spellings that are part of the schema.

/// An early-help indicator that prompted a need to be identified (DOMAIN.md §3.2; 001).
public enum EarlyHelpIndicator: String, CodeList {
    /// Disability or special educational needs. / Young carer. / Antisocial behaviour. / Family circumstances.
    /// / Early signs of abuse or neglect.
    case disabilityOrSpecialNeeds, youngCarer, antisocialBehaviour, familyCircumstances, earlySignsOfAbuse
    /// `EarlyHelpIndicator`.
    public static let listName = "EarlyHelpIndicator"
}

/// What came of an attempt to contact a family (DOMAIN.md §3.2; 003: after three failures, a letter).
public enum FamilyContactResult: String, CodeList {
    /// The family was reached. / No response. / The family declined.
    case reached, noResponse, declined
    /// `FamilyContactResult`.
    public static let listName = "FamilyContactResult"
}

/// How a practitioner was in touch with a child or family.
public enum ContactMode: String, CodeList {
    /// A visit. / A telephone call.
    case visit, phoneCall
    /// `ContactMode`.
    public static let listName = "ContactMode"
}

/// Where an early-help concern was escalated to (DOMAIN.md §3.2; 003).
public enum EscalationRoute: String, CodeList {
    /// The MASH (case not open to CSC). / The allocated social worker (case open).
    case mash, allocatedSocialWorker
    /// `EscalationRoute`.
    public static let listName = "EscalationRoute"
}

/// Why early help closed (DOMAIN.md §3.2; 003).
public enum EarlyHelpClosureReason: String, CodeList {
    /// Needs met. / Stepped up to CSC. / The family disengaged. / The family moved away.
    case needsMet, steppedUp, disengaged, moved
    /// `EarlyHelpClosureReason`.
    public static let listName = "EarlyHelpClosureReason"
}

/// Initial or review child protection conference.
public enum ConferenceKind: String, CodeList {
    /// Initial (ICPC). / Review (RCPC). / Transfer-in.
    case initial, review, transferIn
    /// `ConferenceKind`.
    public static let listName = "ConferenceKind"
}

/// An order a court made in public-law proceedings (DOMAIN.md §3.6). **(gk)**: the list follows the
/// Children Act 1989 orders; verify against the SSDA903 legal-status list before reporting on it.
public enum CourtOrderKind: String, CodeList {
    /// Interim care order. / Care order. / Interim supervision order. / Supervision order. / Placement order.
    /// / Special guardianship order. / Residence or child arrangements order. / Any other order.
    case interimCareOrder, careOrder, interimSupervisionOrder, supervisionOrder, placementOrder,
        specialGuardianshipOrder, childArrangementsOrder, other
    /// `CourtOrderKind`.
    public static let listName = "CourtOrderKind"
}

/// The kind of placement a looked-after child moved to (basic; detail belongs to SSDA903).
public enum PlacementKind: String, CodeList {
    /// Foster care. / Connected person (family and friends). / Children's home. / Placed with parents.
    /// / Independent or semi-independent living. / Secure unit. / Placed for adoption. / Any other placement.
    case fosterCare, connectedPerson, childrensHome, placedWithParents, independentLiving, secureUnit,
        placedForAdoption, other
    /// `PlacementKind`.
    public static let listName = "PlacementKind"
}

/// Which post-mortem result (DOMAIN.md §3.12; WT2013 ch.5 para 25).
public enum PostMortemStage: String, CodeList {
    /// The initial result. / The final result.
    case initial, final
    /// `PostMortemStage`.
    public static let listName = "PostMortemStage"
}
