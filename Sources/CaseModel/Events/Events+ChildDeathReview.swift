import LedgerCalendar

// The child death review process after `ChildDied` / `DeathNotifiedToLscb`, DOMAIN.md §3.12 (001, WT2013
// ch.5). Clocks: registrar ≤7 CD, coroner 3 WD, visit ideally ≤24 h, joint report ≤28 CD (§4.2).

/// The registrar's information on a child's death reached the LSCB (`cdr.registrar`: ≤7 days from registration).
public struct RegistrarInformationReceived: ChildEventData {
    /// `RegistrarInformationReceived`, version 1.
    public static let typeName = "RegistrarInformationReceived"
    /// Current schema version.
    public static let schemaVersion = 1

    /// When the death was registered (not after receipt).
    public var registeredOn: CivilDate

    /// Creates the payload.
    public init(registeredOn: CivilDate) { self.registeredOn = registeredOn }

    /// Registration not after receipt.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard envelope.occurredOn < registeredOn else { return [] }
        return [ValidationIssue(path: "data.registeredOn", value: registeredOn.description, reason: .dateAfterEvent)]
    }
}

/// The coroner informed the LSCB of an inquest or post mortem (`cdr.coroner`: 3 WD).
public struct CoronerNotification: ChildEventData {
    /// `CoronerNotification`, version 1.
    public static let typeName = "CoronerNotification"
    /// Current schema version.
    public static let schemaVersion = 1

    /// An inquest is to be held.
    public var inquest: Bool
    /// A post mortem is to be held.
    public var postMortem: Bool
    /// The date of "the fact of an inquest or post mortem" (the coroner's decision to hold one), from which
    /// the coroner has 3 WD to inform the LSCB (WT2013 ch.5 table); not after this notification.
    public var inquestOrPostMortemDecidedOn: CivilDate?

    /// Creates the payload.
    public init(inquest: Bool, postMortem: Bool, inquestOrPostMortemDecidedOn: CivilDate? = nil) {
        self.inquest = inquest
        self.postMortem = postMortem
        self.inquestOrPostMortemDecidedOn = inquestOrPostMortemDecidedOn
    }

    /// At least one of inquest and post mortem; the decision not after the notification.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        var issues = inquest || postMortem ? [] : [ValidationIssue(path: "data.inquest", reason: .atLeastOneRequired)]
        if let decided = inquestOrPostMortemDecidedOn, envelope.occurredOn < decided {
            issues.append(
                ValidationIssue(
                    path: "data.inquestOrPostMortemDecidedOn", value: decided.description, reason: .dateAfterEvent))
        }
        return issues
    }
}

/// A rapid-response multi-agency discussion after an unexpected death was held.
public struct RapidResponseDiscussionHeld: ChildEventData {
    /// `RapidResponseDiscussionHeld`, version 1.
    public static let typeName = "RapidResponseDiscussionHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Ids of the agencies that took part.
    public var attendingAgencies: [String]

    /// Creates the payload.
    public init(attendingAgencies: [String] = []) { self.attendingAgencies = attendingAgencies }

    /// Agency ids well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
    }
}

/// The place of death was visited. Needs `occurredAt`: "ideally" within 24 h (`cdr.visit`, WT2013 ch.5 para 18).
public struct PlaceOfDeathVisited: ChildEventData {
    /// `PlaceOfDeathVisited`, version 1.
    public static let typeName = "PlaceOfDeathVisited"
    /// Current schema version.
    public static let schemaVersion = 1
    /// An instant is required.
    public static let requiresInstant = true

    /// The visit was made jointly by the police and a health professional **(gk: verify against para 18)**.
    public var jointWithPolice: Bool

    /// Creates the payload.
    public init(jointWithPolice: Bool) { self.jointWithPolice = jointWithPolice }
}

/// A post-mortem result was received; a case discussion follows (`cdr.post-pm-discussion`, para 25).
public struct PostMortemResult: ChildEventData {
    /// `PostMortemResult`, version 1.
    public static let typeName = "PostMortemResult"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Initial or final.
    public var stage: PostMortemStage

    /// Creates the payload.
    public init(stage: PostMortemStage) { self.stage = stage }
}

/// The joint agency report went to the coroner (`cdr.coroner-report`: ≤28 CD unless crucial information is
/// pending, para 23).
public struct JointReportToCoroner: ChildEventData {
    /// `JointReportToCoroner`, version 1.
    public static let typeName = "JointReportToCoroner"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Crucial information was still pending (excuses a late report).
    public var crucialInformationPending: Bool

    /// Creates the payload.
    public init(crucialInformationPending: Bool) { self.crucialInformationPending = crucialInformationPending }
}

/// The Child Death Overview Panel completed its review of the death.
public struct CdopReviewCompleted: ChildEventData {
    /// `CdopReviewCompleted`, version 1.
    public static let typeName = "CdopReviewCompleted"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The death was judged preventable (modifiable factors identified).
    public var modifiableFactors: Bool
    /// Referred to the LSCB Chair for an SCR decision.
    public var referredForScrDecision: Bool

    /// Creates the payload.
    public init(modifiableFactors: Bool, referredForScrDecision: Bool) {
        self.modifiableFactors = modifiableFactors
        self.referredForScrDecision = referredForScrDecision
    }
}
