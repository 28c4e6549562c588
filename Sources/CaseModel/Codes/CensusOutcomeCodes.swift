/// DfE CIN census `PrimaryNeedCode` (DOMAIN.md §6.2).
public enum PrimaryNeedCode: String, CodeList {
    /// N0 not stated.
    case notStated = "N0"
    /// N1 abuse or neglect.
    case abuseOrNeglect = "N1"
    /// N2 child's disability.
    case childDisability = "N2"
    /// N3 parental disability or illness.
    case parentalDisabilityOrIllness = "N3"
    /// N4 family in acute stress.
    case familyInAcuteStress = "N4"
    /// N5 family dysfunction.
    case familyDysfunction = "N5"
    /// N6 socially unacceptable behaviour.
    case sociallyUnacceptableBehaviour = "N6"
    /// N7 low income.
    case lowIncome = "N7"
    /// N8 absent parenting.
    case absentParenting = "N8"
    /// N9 cases other than children in need.
    case otherThanChildInNeed = "N9"

    /// `PrimaryNeedCode`.
    public static let listName = "PrimaryNeedCode"
}

/// DfE CIN census `ReasonForClosure` (DOMAIN.md §6.2).
public enum ReasonForClosure: String, CodeList {
    /// RC1 adopted.
    case adopted = "RC1"
    /// RC2 died.
    case died = "RC2"
    /// RC3 child arrangements order.
    case childArrangementsOrder = "RC3"
    /// RC4 special guardianship order.
    case specialGuardianshipOrder = "RC4"
    /// RC5 transferred to another LA.
    case transferredToAnotherLocalAuthority = "RC5"
    /// RC6 transferred to adult social care.
    case transferredToAdultSocialCare = "RC6"
    /// RC7 services ceased for any other reason, including no longer in need.
    case servicesCeased = "RC7"
    /// RC8 case closed after assessment, no further action.
    case closedAfterAssessmentNoFurtherAction = "RC8"
    /// RC9 case closed after assessment, referred to early help (added with 5D).
    case closedAfterAssessmentReferredToEarlyHelp = "RC9"

    /// `ReasonForClosure`.
    public static let listName = "ReasonForClosure"
}

/// DfE CIN census `InitialCategoryOfAbuse` / `LatestCategoryOfAbuse` (DOMAIN.md §6.2).
public enum CategoryOfAbuse: String, CodeList {
    /// NEG neglect.
    case neglect = "NEG"
    /// PHY physical abuse.
    case physical = "PHY"
    /// SAB sexual abuse.
    case sexual = "SAB"
    /// EMO emotional abuse.
    case emotional = "EMO"
    /// MUL multiple / not recommended; a MUL child counts in no other category.
    case multiple = "MUL"

    /// `CategoryOfAbuse`.
    public static let listName = "CategoryOfAbuse"
}
