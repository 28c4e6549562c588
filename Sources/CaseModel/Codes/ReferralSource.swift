/// DfE CIN census `ReferralSource`: who made the referral (DOMAIN.md §6.2).
public enum ReferralSource: String, CodeList {
    /// 1A family member, relative or carer.
    case familyRelativeCarer = "1A"
    /// 1B acquaintance, including neighbours and childminders.
    case acquaintance = "1B"
    /// 1C self.
    case selfReferral = "1C"
    /// 1D other individual.
    case otherIndividual = "1D"
    /// 2A schools.
    case schools = "2A"
    /// 2B education services.
    case educationServices = "2B"
    /// 3A GP.
    case generalPractitioner = "3A"
    /// 3B health visitor.
    case healthVisitor = "3B"
    /// 3C school nurse.
    case schoolNurse = "3C"
    /// 3D other primary health services.
    case otherPrimaryHealth = "3D"
    /// 3E A&E.
    case accidentAndEmergency = "3E"
    /// 3F other health services.
    case otherHealth = "3F"
    /// 4 housing.
    case housing = "4"
    /// 5A LA social care (e.g. adults).
    case localAuthoritySocialCare = "5A"
    /// 5B other internal LA services (e.g. YOT).
    case otherInternalLocalAuthority = "5B"
    /// 5C external LA.
    case externalLocalAuthority = "5C"
    /// 5D LA early help (first in the 2023 schema).
    case localAuthorityEarlyHelp = "5D"
    /// 6 police.
    case police = "6"
    /// 7 other legal agency (courts, probation, immigration, Cafcass, prison).
    case otherLegalAgency = "7"
    /// 8 other (children's centres, voluntary sector).
    case other = "8"
    /// 9 anonymous.
    case anonymous = "9"
    /// 10 unknown.
    case unknown = "10"

    /// `ReferralSource`.
    public static let listName = "ReferralSource"
}
