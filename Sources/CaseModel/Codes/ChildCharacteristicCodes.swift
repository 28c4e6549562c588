/// DfE CIN census `Ethnicity` (DOMAIN.md §6.2).
public enum Ethnicity: String, CodeList {
    /// WBRI White British.
    case whiteBritish = "WBRI"
    /// WIRI White Irish.
    case whiteIrish = "WIRI"
    /// WIRT Traveller of Irish heritage.
    case travellerOfIrishHeritage = "WIRT"
    /// WOTH any other White background.
    case whiteOther = "WOTH"
    /// WROM Gypsy / Roma.
    case gypsyRoma = "WROM"
    /// MWBC White and Black Caribbean.
    case whiteAndBlackCaribbean = "MWBC"
    /// MWBA White and Black African.
    case whiteAndBlackAfrican = "MWBA"
    /// MWAS White and Asian.
    case whiteAndAsian = "MWAS"
    /// MOTH any other mixed background.
    case mixedOther = "MOTH"
    /// AIND Indian.
    case indian = "AIND"
    /// APKN Pakistani.
    case pakistani = "APKN"
    /// ABAN Bangladeshi.
    case bangladeshi = "ABAN"
    /// AOTH any other Asian background.
    case asianOther = "AOTH"
    /// BCRB Black Caribbean.
    case blackCaribbean = "BCRB"
    /// BAFR Black African.
    case blackAfrican = "BAFR"
    /// BOTH any other Black background.
    case blackOther = "BOTH"
    /// CHNE Chinese.
    case chinese = "CHNE"
    /// OOTH any other ethnic group.
    case otherEthnicGroup = "OOTH"
    /// REFU refused.
    case refused = "REFU"
    /// NOBT information not yet obtained.
    case notObtained = "NOBT"

    /// `Ethnicity`.
    public static let listName = "Ethnicity"
}

/// DfE CIN census `Disability` (DOMAIN.md §6.2).
public enum Disability: String, CodeList {
    /// NONE no disability.
    case none = "NONE"
    /// MOB mobility.
    case mobility = "MOB"
    /// HAND hand function.
    case handFunction = "HAND"
    /// PC personal care.
    case personalCare = "PC"
    /// INC incontinence.
    case incontinence = "INC"
    /// COMM communication.
    case communication = "COMM"
    /// LD learning.
    case learning = "LD"
    /// HEAR hearing.
    case hearing = "HEAR"
    /// VIS vision.
    case vision = "VIS"
    /// BEH behaviour.
    case behaviour = "BEH"
    /// CON consciousness.
    case consciousness = "CON"
    /// AUT autism or Asperger syndrome.
    case autism = "AUT"
    /// DDA other DDA disability.
    case otherDisability = "DDA"

    /// `Disability`.
    public static let listName = "Disability"
}

/// DfE CIN census `Sex` (from 2024-25).
public enum Sex: String, CodeList {
    /// M male.
    case male = "M"
    /// F female.
    case female = "F"
    /// U unknown.
    case unknown = "U"

    /// `Sex`.
    public static let listName = "Sex"
}

/// DfE CIN census `GenderCurrent` (to 2023-24).
public enum GenderCurrent: String, CodeList {
    /// 0 not recorded, or unborn.
    case notRecorded = "0"
    /// 1 male.
    case male = "1"
    /// 2 female.
    case female = "2"
    /// 9 indeterminate.
    case indeterminate = "9"

    /// `GenderCurrent`.
    public static let listName = "GenderCurrent"
}
