// Code lists the ledger defines itself (not DfE census lists). Spellings are lower camel case and are
// part of the event schema: changing one is a schema-version change.

/// How a contact reached children's social care or the MASH.
public enum ContactChannel: String, CodeList {
    /// Telephone. / Secure email. / Online form. / In person. / Any other channel.
    case phone, secureEmail, onlineForm, inPerson, other
    /// `ContactChannel`.
    public static let listName = "ContactChannel"
}

/// A Red/Amber/Green rating (contact grading, action-plan progress).
public enum RagRating: String, CodeList {
    /// Red. / Amber. / Green.
    case red, amber, green
    /// `RagRating`.
    public static let listName = "RagRating"
}

/// The outcome of a contact.
public enum ContactOutcomeKind: String, CodeList {
    /// Advice given. / Passed to early help. / Referred to CSC. / No further action.
    case advice, earlyHelp, referral, noFurtherAction
    /// `ContactOutcomeKind`.
    public static let listName = "ContactOutcomeKind"
}

/// The decision on the type of response to a referral (WT2013 'Response to a referral').
public enum ReferralOutcome: String, CodeList {
    /// No further action (census `ReferralNFA`). / s17 assessment. / s47 enquiry. / Early help. / Services.
    case noFurtherAction, assessment, section47, earlyHelp, services
    /// `ReferralOutcome`.
    public static let listName = "ReferralOutcome"
}

/// The legal basis of an assessment.
public enum AssessmentLegalBasis: String, CodeList {
    /// Section 17 (child in need). / Section 47 (significant harm).
    case section17, section47
    /// `AssessmentLegalBasis`.
    public static let listName = "AssessmentLegalBasis"
}

/// The next step decided at the end of an assessment.
public enum AssessmentNextStep: String, CodeList {
    /// CIN plan. / s47 enquiry. / Child protection conference. / Looked after. / Early help. / No further action.
    case cinPlan, section47, childProtection, lookedAfter, earlyHelp, noFurtherAction
    /// `AssessmentNextStep`.
    public static let listName = "AssessmentNextStep"
}

/// The early-help assessment tool.
public enum EarlyHelpTool: String, CodeList {
    /// Common Assessment Framework. / Early Help Assessment. / Oldham's Family Help Tool. / Any other tool.
    case caf, earlyHelpAssessment, familyHelpTool, other
    /// `EarlyHelpTool`.
    public static let listName = "EarlyHelpTool"
}

/// Team Around the Family or Team Around the Child.
public enum EarlyHelpMeetingKind: String, CodeList {
    /// TAF. / TAC.
    case teamAroundTheFamily, teamAroundTheChild
    /// `EarlyHelpMeetingKind`.
    public static let listName = "EarlyHelpMeetingKind"
}

/// The kind of CIN meeting.
public enum CinMeetingKind: String, CodeList {
    /// First planning meeting. / Review meeting.
    case firstPlanning, review
    /// `CinMeetingKind`.
    public static let listName = "CinMeetingKind"
}

/// Why a CIN plan ended.
public enum CinPlanEndReason: String, CodeList {
    /// Stepped up to child protection. / Stepped down to early help. / Case closed.
    case stepUpToChildProtection, stepDown, closure
    /// `CinPlanEndReason`.
    public static let listName = "CinPlanEndReason"
}

/// How a strategy discussion was held.
public enum StrategyDiscussionForm: String, CodeList {
    /// A meeting. / A series of calls.
    case meeting, calls
    /// `StrategyDiscussionForm`.
    public static let listName = "StrategyDiscussionForm"
}

/// Why a CP plan ended (WT2013 'Discontinuing the CP plan').
public enum CpPlanEndReason: String, CodeList {
    /// No longer at risk. / Moved permanently to another LA. / Reached 18. / Died. / Left the UK.
    case noLongerAtRisk, movedToAnotherLocalAuthority, reached18, died, leftUnitedKingdom
    /// `CpPlanEndReason`.
    public static let listName = "CpPlanEndReason"
}

/// The kind of statutory visit.
public enum VisitKind: String, CodeList {
    /// Child protection visit. / Child in need visit. / Looked-after child visit.
    case childProtection, childInNeed, lookedAfter
    /// `VisitKind`.
    public static let listName = "VisitKind"
}

/// The basic legal status of a looked-after child (detail belongs to the SSDA903 return).
public enum LegalStatus: String, CodeList {
    /// s20 accommodation. / Interim care order. / Full care order. / Placement order. / Emergency protection
    /// order. / Remand. / Any other status.
    case section20, interimCareOrder, fullCareOrder, placementOrder, emergencyProtectionOrder, remand, other
    /// `LegalStatus`.
    public static let listName = "LegalStatus"
}

/// Where a child went missing from.
public enum MissingFrom: String, CodeList {
    /// Home. / Care placement. / Education.
    case home, care, education
    /// `MissingFrom`.
    public static let listName = "MissingFrom"
}

/// Which of the three WT2013 ch.2 harm criteria an allegation meets.
public enum HarmCriterion: String, CodeList {
    /// Harmed or may have harmed a child. / Possibly committed an offence against a child. / Behaved in a way
    /// that indicates unsuitability to work with children.
    case harmedChild, possibleCriminalOffence, unsuitableToWorkWithChildren
    /// `HarmCriterion`.
    public static let listName = "HarmCriterion"
}

/// Who told the LADO.
public enum LadoChannel: String, CodeList {
    /// The employer. / The police.
    case employer, police
    /// `LadoChannel`.
    public static let listName = "LadoChannel"
}

/// The outcome of an allegation against a person who works with children.
public enum AllegationOutcomeKind: String, CodeList {
    /// Substantiated. / Unsubstantiated. / Unfounded. / Malicious. / False.
    case substantiated, unsubstantiated, unfounded, malicious, falseAllegation
    /// `AllegationOutcomeKind`.
    public static let listName = "AllegationOutcomeKind"
}

/// Whether a death was anticipated (WT2013 ch.5 para 12).
public enum DeathExpectation: String, CodeList {
    /// Expected. / Unexpected.
    case expected, unexpected
    /// `DeathExpectation`.
    public static let listName = "DeathExpectation"
}

/// The LSCB Chair's decision on a serious incident.
public enum ScrDecisionKind: String, CodeList {
    /// Serious Case Review. / Alternative review. / No review.
    case seriousCaseReview, alternativeReview, noReview
    /// `ScrDecisionKind`.
    public static let listName = "ScrDecisionKind"
}

/// A person's role in a household.
public enum HouseholdRole: String, CodeList {
    /// Child. / Parent. / Carer. / Parent's partner. / Other adult.
    case child, parent, carer, partner, otherAdult
    /// `HouseholdRole`.
    public static let listName = "HouseholdRole"
}

/// Joining or leaving a household.
public enum HouseholdChange: String, CodeList {
    /// Joined. / Left.
    case joined, left
    /// `HouseholdChange`.
    public static let listName = "HouseholdChange"
}
