/// DfE CIN census `AssessmentFactors`: factors identified at the end of an assessment (DOMAIN.md §6.2).
///
/// Suffixes: A = the child, B = a parent or carer, C = another person in the household (for 1–6).
/// `noFactorsIdentified` ("21") must stand alone. `legacyPhysicalAbuse` ("18A") and `legacySexualAbuse`
/// ("19A") are superseded by the B/C split and are accepted only as history (`isLegacy`).
public enum AssessmentFactor: String, CodeList {
    /// 1A alcohol misuse: child.
    case alcoholMisuseChild = "1A"
    /// 1B alcohol misuse: parent or carer.
    case alcoholMisuseParent = "1B"
    /// 1C alcohol misuse: other household member.
    case alcoholMisuseOther = "1C"
    /// 2A drug misuse: child.
    case drugMisuseChild = "2A"
    /// 2B drug misuse: parent or carer.
    case drugMisuseParent = "2B"
    /// 2C drug misuse: other household member.
    case drugMisuseOther = "2C"
    /// 3A domestic violence: child as subject.
    case domesticViolenceChild = "3A"
    /// 3B domestic violence: parent or carer as subject.
    case domesticViolenceParent = "3B"
    /// 3C domestic violence: other household member as subject.
    case domesticViolenceOther = "3C"
    /// 4A mental health: child.
    case mentalHealthChild = "4A"
    /// 4B mental health: parent or carer.
    case mentalHealthParent = "4B"
    /// 4C mental health: other household member.
    case mentalHealthOther = "4C"
    /// 5A learning disability: child.
    case learningDisabilityChild = "5A"
    /// 5B learning disability: parent or carer.
    case learningDisabilityParent = "5B"
    /// 5C learning disability: other household member.
    case learningDisabilityOther = "5C"
    /// 6A physical disability or illness: child.
    case physicalDisabilityChild = "6A"
    /// 6B physical disability or illness: parent or carer.
    case physicalDisabilityParent = "6B"
    /// 6C physical disability or illness: other household member.
    case physicalDisabilityOther = "6C"
    /// 7A young carer.
    case youngCarer = "7A"
    /// 8B privately fostered sub-type B.
    case privatelyFosteredB = "8B"
    /// 8C privately fostered sub-type C.
    case privatelyFosteredC = "8C"
    /// 8D privately fostered sub-type D.
    case privatelyFosteredD = "8D"
    /// 8E privately fostered sub-type E.
    case privatelyFosteredE = "8E"
    /// 8F privately fostered sub-type F.
    case privatelyFosteredF = "8F"
    /// 9A unaccompanied asylum-seeking child.
    case unaccompaniedAsylumSeeker = "9A"
    /// 10A going or being missing.
    case missing = "10A"
    /// 11A child sexual exploitation.
    case childSexualExploitation = "11A"
    /// 12A trafficking.
    case trafficking = "12A"
    /// 13A gangs.
    case gangs = "13A"
    /// 14A socially unacceptable behaviour.
    case sociallyUnacceptableBehaviour = "14A"
    /// 15A self-harm.
    case selfHarm = "15A"
    /// 16A neglect.
    case neglect = "16A"
    /// 17A emotional abuse.
    case emotionalAbuse = "17A"
    /// 18A physical abuse (legacy, before the B/C split).
    case legacyPhysicalAbuse = "18A"
    /// 18B physical abuse: child on child.
    case physicalAbuseChildOnChild = "18B"
    /// 18C physical abuse: adult on child.
    case physicalAbuseAdultOnChild = "18C"
    /// 19A sexual abuse (legacy, before the B/C split).
    case legacySexualAbuse = "19A"
    /// 19B sexual abuse: child on child.
    case sexualAbuseChildOnChild = "19B"
    /// 19C sexual abuse: adult on child.
    case sexualAbuseAdultOnChild = "19C"
    /// 20 other.
    case other = "20"
    /// 21 no factors identified; must stand alone.
    case noFactorsIdentified = "21"
    /// 22A female genital mutilation.
    case femaleGenitalMutilation = "22A"
    /// 23A abuse linked to faith or belief.
    case abuseLinkedToFaithOrBelief = "23A"
    /// 24A child criminal exploitation.
    case childCriminalExploitation = "24A"

    /// `AssessmentFactors`.
    public static let listName = "AssessmentFactors"

    /// True for 18A and 19A, accepted only on history (legacy assessments), never on a new single assessment.
    public var isLegacy: Bool { self == .legacyPhysicalAbuse || self == .legacySexualAbuse }
}
