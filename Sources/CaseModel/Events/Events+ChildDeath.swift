// Child deaths and case closure, DOMAIN.md §3.12 and §3.13.

/// A child died (census `PersonDeathDate` = `occurredOn`; the instant where known).
public struct ChildDied: ChildEventData {
    /// `ChildDied`, version 1.
    public static let typeName = "ChildDied"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Expected or unexpected (WT2013 ch.5 para 12).
    public var expectation: DeathExpectation
    /// The child was looked after (decides the lead LSCB).
    public var lookedAfter: Bool

    /// Creates the payload.
    public init(expectation: DeathExpectation, lookedAfter: Bool) {
        self.expectation = expectation
        self.lookedAfter = lookedAfter
    }
}

/// The LSCB was notified of a child's death.
public struct DeathNotifiedToLscb: ChildEventData {
    /// `DeathNotifiedToLscb`, version 1.
    public static let typeName = "DeathNotifiedToLscb"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The notified board's id.
    public var boardId: String

    /// Creates the payload.
    public init(boardId: String) { self.boardId = boardId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] { IssueRules.id(boardId, at: "data.boardId") }
}

/// A referral episode was closed (census `CINclosureDate` = `occurredOn`, `ReasonForClosure`).
public struct CaseClosed: ChildEventData {
    /// `CaseClosed`, version 1.
    public static let typeName = "CaseClosed"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes the referral episode.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .referral)

    /// Census `ReasonForClosure`.
    public var reason: ReasonForClosure

    /// Creates the payload.
    public init(reason: ReasonForClosure) { self.reason = reason }
}
