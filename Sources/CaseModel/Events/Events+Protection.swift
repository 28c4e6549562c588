import LedgerCalendar

// Immediate protection, legal orders and looked after (basic), DOMAIN.md §3.6 and §3.9.

/// A child was taken into police protection (s46). Needs `occurredAt`: the 72 h limit.
public struct PoliceProtectionStarted: ChildEventData {
    /// `PoliceProtectionStarted`, version 1.
    public static let typeName = "PoliceProtectionStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens police protection.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .policeProtection)
    /// An instant is required.
    public static let requiresInstant = true

    /// The officer's id.
    public var officerId: String?

    /// Creates the payload.
    public init(officerId: String? = nil) { self.officerId = officerId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(officerId, at: "data.officerId")
    }
}

/// A child was released from police protection. Needs `occurredAt`.
public struct PoliceProtectionEnded: ChildEventData {
    /// `PoliceProtectionEnded`, version 1.
    public static let typeName = "PoliceProtectionEnded"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes police protection.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .policeProtection)
    /// An instant is required.
    public static let requiresInstant = true

    /// Creates the payload (no fields).
    public init() {}
}

/// An Emergency Protection Order was applied for.
public struct EpoApplied: ChildEventData {
    /// `EpoApplied`, version 1.
    public static let typeName = "EpoApplied"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The court's id.
    public var courtId: String?

    /// Creates the payload.
    public init(courtId: String? = nil) { self.courtId = courtId }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(courtId, at: "data.courtId")
    }
}

/// An Emergency Protection Order was granted (`occurredOn`) until `expiresOn`.
public struct EpoGranted: ChildEventData {
    /// `EpoGranted`, version 1.
    public static let typeName = "EpoGranted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The last day of the order.
    public var expiresOn: CivilDate

    /// Creates the payload.
    public init(expiresOn: CivilDate) { self.expiresOn = expiresOn }

    /// Expiry not before grant.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.order(start: envelope.occurredOn, end: expiresOn, at: "data.expiresOn")
    }
}

/// A child became looked after.
public struct BecameLookedAfter: ChildEventData {
    /// `BecameLookedAfter`, version 1.
    public static let typeName = "BecameLookedAfter"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a looked-after period.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .lookedAfter)

    /// The legal status on entry.
    public var legalStatus: LegalStatus

    /// Creates the payload.
    public init(legalStatus: LegalStatus) { self.legalStatus = legalStatus }
}

/// A child ceased to be looked after.
public struct CeasedLookedAfter: ChildEventData {
    /// `CeasedLookedAfter`, version 1.
    public static let typeName = "CeasedLookedAfter"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a looked-after period.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .lookedAfter)

    /// Creates the payload (no fields).
    public init() {}
}
