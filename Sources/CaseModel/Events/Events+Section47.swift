import LedgerCalendar

// Strategy discussion and s47 enquiry, DOMAIN.md §3.7.

/// A strategy discussion was held. `occurredAt` is optional: legacy extracts often have the date only; the
/// day rules (ICPC 15 WD) run from the date, and an hour rule on a date-only discussion is indeterminate (C9).
public struct StrategyDiscussionHeld: ChildEventData {
    /// `StrategyDiscussionHeld`, version 1.
    public static let typeName = "StrategyDiscussionHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Meeting or calls.
    public var form: StrategyDiscussionForm
    /// The discussion decided to start an s47 enquiry.
    public var initiatesSection47: Bool
    /// Ids of the agencies that took part.
    public var attendingAgencies: [String]
    /// When the minutes were shared with all involved (Oldham: within 5 WD, 003 KPS5); nil until shared.
    public var minutesSharedOn: CivilDate?

    /// Creates the payload.
    public init(
        form: StrategyDiscussionForm, initiatesSection47: Bool, attendingAgencies: [String] = [],
        minutesSharedOn: CivilDate? = nil
    ) {
        self.form = form
        self.initiatesSection47 = initiatesSection47
        self.attendingAgencies = attendingAgencies
        self.minutesSharedOn = minutesSharedOn
    }

    /// Agency ids well formed; minutes not shared before the discussion.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
            + IssueRules.order(start: envelope.occurredOn, end: minutesSharedOn, at: "data.minutesSharedOn")
    }
}

/// An s47 enquiry began, linked to the strategy discussion that initiated it (the ICPC clock's anchor).
public struct Section47Started: ChildEventData {
    /// `Section47Started`, version 1.
    public static let typeName = "Section47Started"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens an s47 enquiry.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .section47)

    /// The `eventId` of the initiating `StrategyDiscussionHeld`.
    public var strategyDiscussionEventId: String
    /// Joint enquiry with the police.
    public var jointWithPolice: Bool

    /// Creates the payload.
    public init(strategyDiscussionEventId: String, jointWithPolice: Bool) {
        self.strategyDiscussionEventId = strategyDiscussionEventId
        self.jointWithPolice = jointWithPolice
    }

    /// Link id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(strategyDiscussionEventId, at: "data.strategyDiscussionEventId")
    }
}

/// An s47 enquiry concluded (census `ICPCnotRequired` = not `icpcRequired`).
public struct Section47Concluded: ChildEventData {
    /// `Section47Concluded`, version 1.
    public static let typeName = "Section47Concluded"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes an s47 enquiry.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .section47)

    /// Concerns were substantiated.
    public var concernsSubstantiated: Bool
    /// An ICPC is required.
    public var icpcRequired: Bool

    /// Creates the payload.
    public init(concernsSubstantiated: Bool, icpcRequired: Bool) {
        self.concernsSubstantiated = concernsSubstantiated
        self.icpcRequired = icpcRequired
    }
}
