import CaseModel
import LedgerCalendar

// Code distributions: who refers, which category, which factors, how cases close.

extension Calibration {
    /// The first day of the 2023 census schema, which added referral source 5D and closure reason RC9
    /// (DOMAIN.md §6.2); neither is generated before it.
    public static let earlyHelpCodesFrom = CivilDate(year: 2023, month: 4, day: 1)!

    /// Referral sources **(gk: the approximate national shape of EES table C1, not a DOMAIN.md row)**:
    /// police about 29%, schools about 19%, health about 14%, LA services about 12%, individuals about 8%.
    /// 5D (LA early help) is added from `earlyHelpCodesFrom`.
    public static func referralSources(on date: CivilDate) -> WeightedTable<ReferralSource> {
        var entries: [(ReferralSource, Double)] = [
            (.police, 29), (.schools, 18), (.educationServices, 1.5), (.generalPractitioner, 3),
            (.healthVisitor, 2.5), (.schoolNurse, 0.5), (.otherPrimaryHealth, 2), (.accidentAndEmergency, 2),
            (.otherHealth, 4), (.housing, 2), (.localAuthoritySocialCare, 6), (.otherInternalLocalAuthority, 4),
            (.externalLocalAuthority, 2.5), (.familyRelativeCarer, 4), (.acquaintance, 1), (.selfReferral, 2),
            (.otherIndividual, 1), (.otherLegalAgency, 3), (.other, 5), (.anonymous, 2), (.unknown, 4),
        ]
        if date >= earlyHelpCodesFrom { entries.append((.localAuthorityEarlyHelp, 6)) }
        return WeightedTable(entries)
    }

    /// Initial category of abuse. DOMAIN.md §7 "Category at 31 Mar" 2019: NEG 48.5%, EMO 35.3%, PHY 8.0%,
    /// SAB 4.3%, MUL 4.0% ("Category at start (2025)": neglect about half, emotional about a third).
    public static let categories = WeightedTable<CategoryOfAbuse>([
        (.neglect, 48.5), (.emotional, 35.3), (.physical, 8.0), (.sexual, 4.3), (.multiple, 4.0),
    ])

    /// Factors that may be identified at an assessment, each with its chance of being present **(gk)**.
    /// An assessment with none of them records factor 21 (no factors identified), alone.
    public static let assessmentFactorChances: [(factor: AssessmentFactor, chance: Double)] = [
        (.domesticViolenceParent, 0.32), (.mentalHealthParent, 0.30), (.emotionalAbuse, 0.20),
        (.neglect, 0.17), (.drugMisuseParent, 0.14), (.alcoholMisuseParent, 0.13),
        (.physicalAbuseAdultOnChild, 0.07), (.mentalHealthChild, 0.08), (.learningDisabilityChild, 0.05),
        (.sexualAbuseAdultOnChild, 0.03), (.sociallyUnacceptableBehaviour, 0.04), (.missing, 0.02),
        (.childSexualExploitation, 0.02), (.selfHarm, 0.03), (.other, 0.05),
    ]

    /// Parental factors at conferences, chance of each **(gk; DOMAIN.md §7 Trafford 14/15: domestic abuse
    /// 66%, mental ill health 37%, drugs 29%, alcohol 33%)**.
    public static let parentalFactorChances = (domesticAbuse: 0.6, mentalIllHealth: 0.37, drugs: 0.28, alcohol: 0.3)

    /// Primary need codes for children assessed as in need **(gk: N1 abuse or neglect is over half)**.
    public static let primaryNeeds = WeightedTable<PrimaryNeedCode>([
        (.abuseOrNeglect, 55), (.childDisability, 8), (.parentalDisabilityOrIllness, 4),
        (.familyInAcuteStress, 9), (.familyDysfunction, 15), (.sociallyUnacceptableBehaviour, 3),
        (.lowIncome, 1), (.absentParenting, 5),
    ])

    /// How care ends, as a closure reason (RC1 adopted, RC3 CAO, RC4 SGO, RC7 other) **(gk)**.
    public static let lookedAfterClosureReasons = WeightedTable<ReasonForClosure>([
        (.servicesCeased, 0.62), (.specialGuardianshipOrder, 0.15), (.childArrangementsOrder, 0.13),
        (.adopted, 0.10),
    ])

    /// Ethnicity of synthetic children **(gk: roughly the national CIN mix)**.
    public static let ethnicities = WeightedTable<Ethnicity>([
        (.whiteBritish, 64), (.whiteOther, 6), (.whiteAndBlackCaribbean, 3), (.mixedOther, 4), (.pakistani, 4),
        (.indian, 1.5), (.bangladeshi, 1.5), (.asianOther, 2), (.blackAfrican, 5), (.blackCaribbean, 2),
        (.otherEthnicGroup, 3), (.notObtained, 3), (.refused, 1),
    ])

    /// Children per household **(gk)**.
    public static let householdChildCounts = WeightedTable([(1, 0.42), (2, 0.30), (3, 0.16), (4, 0.08), (5, 0.04)])
}
