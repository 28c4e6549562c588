// Missing episodes, DOMAIN.md §3.10.

/// A child went missing. Needs `occurredAt`: episode length is measured in hours.
public struct MissingEpisodeStarted: ChildEventData {
    /// `MissingEpisodeStarted`, version 1.
    public static let typeName = "MissingEpisodeStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a missing episode.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .missing)
    /// An instant is required.
    public static let requiresInstant = true

    /// Missing from home, care or education.
    public var missingFrom: MissingFrom
    /// Reported to the police.
    public var reportedToPolice: Bool

    /// Creates the payload.
    public init(missingFrom: MissingFrom, reportedToPolice: Bool) {
        self.missingFrom = missingFrom
        self.reportedToPolice = reportedToPolice
    }
}

/// A missing child returned or was found. Needs `occurredAt`.
public struct MissingEpisodeEnded: ChildEventData {
    /// `MissingEpisodeEnded`, version 1.
    public static let typeName = "MissingEpisodeEnded"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a missing episode.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .missing)
    /// An instant is required.
    public static let requiresInstant = true

    /// Creates the payload (no fields).
    public init() {}
}

/// A return interview was offered.
public struct ReturnInterviewOffered: ChildEventData {
    /// `ReturnInterviewOffered`, version 1.
    public static let typeName = "ReturnInterviewOffered"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Creates the payload (no fields).
    public init() {}
}

/// A return interview was held (or declined by the child).
public struct ReturnInterviewHeld: ChildEventData {
    /// `ReturnInterviewHeld`, version 1.
    public static let typeName = "ReturnInterviewHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The child accepted the interview.
    public var accepted: Bool

    /// Creates the payload.
    public init(accepted: Bool) { self.accepted = accepted }
}
