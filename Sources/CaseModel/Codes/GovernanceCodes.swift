// Ledger-defined code lists for SCR, LSCB governance and redaction events (DOMAIN.md §3.14, §3.15, §9).
// Same rules as PracticeCodes.swift: lower camel case spellings that are part of the schema.

/// Who an SCR decision is communicated to (DOMAIN.md §3.14; WT2013 ch.4).
public enum ScrDecisionRecipient: String, CodeList {
    /// Ofsted. / The national panel of independent experts.
    case ofsted, nationalPanel
    /// `ScrDecisionRecipient`.
    public static let listName = "ScrDecisionRecipient"
}

/// Why an SCR's completion is delayed, so that interim learning is captured (DOMAIN.md §3.14).
public enum ScrDelayCause: String, CodeList {
    /// Court proceedings. / A criminal investigation or trial. / Any other cause.
    case courtProceedings, criminalInvestigation, other
    /// `ScrDelayCause`.
    public static let listName = "ScrDelayCause"
}

/// The status of a published board plan (004 is marked "FINAL").
public enum PlanStatus: String, CodeList {
    /// A draft. / The final version.
    case draft, final
    /// `PlanStatus`.
    public static let listName = "PlanStatus"
}

/// A recipient of the LSCB annual report (001, WT2013 ch.3 para 16).
public enum AnnualReportRecipient: String, CodeList {
    /// The local authority Chief Executive. / The Leader of the council. / The Police and Crime Commissioner.
    /// / The Chair of the Health and Wellbeing Board.
    case chiefExecutive, leader, policeAndCrimeCommissioner, healthAndWellbeingBoardChair
    /// `AnnualReportRecipient`.
    public static let listName = "AnnualReportRecipient"
}

/// The lawful basis for redacting an event's content by destroying its key (DOMAIN.md §9).
public enum RedactionLegalBasis: String, CodeList {
    /// Recorded on the wrong child's file. / A rectification under data-protection law. / Erasure under
    /// data-protection law. / The retention period expired. / A court order.
    case recordedOnWrongFile, rectification, erasure, retentionExpired, courtOrder
    /// `RedactionLegalBasis`.
    public static let listName = "RedactionLegalBasis"
}
