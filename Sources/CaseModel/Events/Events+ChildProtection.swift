import LedgerCalendar

// Conference, plan, core group, review, visits and transfer-in, DOMAIN.md §3.8.

/// The parental factors present at a CP conference (the "toxic trio" plus drug/alcohol split; DOMAIN.md §7).
public struct ParentalFactors: Hashable, Sendable, Codable {
    /// Domestic abuse. / Parental mental ill health. / Parental drug misuse. / Parental alcohol misuse.
    public var domesticAbuse, mentalIllHealth, drugMisuse, alcoholMisuse: Bool

    /// Creates the set; every factor defaults to absent.
    public init(
        domesticAbuse: Bool = false, mentalIllHealth: Bool = false, drugMisuse: Bool = false,
        alcoholMisuse: Bool = false
    ) {
        self.domesticAbuse = domesticAbuse
        self.mentalIllHealth = mentalIllHealth
        self.drugMisuse = drugMisuse
        self.alcoholMisuse = alcoholMisuse
    }
}

/// An initial child protection conference was held (census `DateOfInitialCPC` = `occurredOn`).
public struct IcpcHeld: ChildEventData {
    /// `IcpcHeld`, version 1.
    public static let typeName = "IcpcHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// A pre-birth conference (unborn child).
    public var preBirth: Bool
    /// The conference decided a CP plan is needed.
    public var planRequired: Bool
    /// The category of abuse; required exactly when `planRequired`.
    public var category: CategoryOfAbuse?
    /// Parental factors present.
    public var parentalFactors: ParentalFactors
    /// When the decisions, category, lead social worker and core group were circulated (Oldham: within
    /// 1 WD, 003 KPS5 ICPC); nil until circulated.
    public var decisionsCirculatedOn: CivilDate?

    /// Creates the payload.
    public init(
        preBirth: Bool, planRequired: Bool, category: CategoryOfAbuse?, parentalFactors: ParentalFactors,
        decisionsCirculatedOn: CivilDate? = nil
    ) {
        self.preBirth = preBirth
        self.planRequired = planRequired
        self.category = category
        self.parentalFactors = parentalFactors
        self.decisionsCirculatedOn = decisionsCirculatedOn
    }

    /// Category present exactly when a plan results; decisions not circulated before the conference.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.category(category, planResults: planRequired, at: "data.category")
            + IssueRules.order(
                start: envelope.occurredOn, end: decisionsCirculatedOn, at: "data.decisionsCirculatedOn")
    }
}

/// A CP plan began (= the ICPC or transfer-in conference date).
public struct CpPlanStarted: ChildEventData {
    /// `CpPlanStarted`, version 1.
    public static let typeName = "CpPlanStarted"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Opens a CP plan.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.start, of: .childProtectionPlan)

    /// Census `InitialCategoryOfAbuse`.
    public var initialCategory: CategoryOfAbuse
    /// Census `NumberOfPreviousCPP` as recorded (reconciled against history elsewhere).
    public var previousPlanCount: Int?

    /// Creates the payload.
    public init(initialCategory: CategoryOfAbuse, previousPlanCount: Int? = nil) {
        self.initialCategory = initialCategory
        self.previousPlanCount = previousPlanCount
    }

    /// The count is in range.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.smallCount(previousPlanCount, at: "data.previousPlanCount")
    }
}

/// A CP plan ended (census `CPPendDate` = `occurredOn`).
public struct CpPlanEnded: ChildEventData {
    /// `CpPlanEnded`, version 1.
    public static let typeName = "CpPlanEnded"
    /// Current schema version.
    public static let schemaVersion = 1
    /// Closes a CP plan.
    public static let episodeBoundary: EpisodeBoundary? = EpisodeBoundary(.end, of: .childProtectionPlan)

    /// Why it ended.
    public var reason: CpPlanEndReason

    /// Creates the payload.
    public init(reason: CpPlanEndReason) { self.reason = reason }
}

/// The latest category of abuse changed (census `LatestCategoryOfAbuse`).
public struct CpCategoryChanged: ChildEventData {
    /// `CpCategoryChanged`, version 1.
    public static let typeName = "CpCategoryChanged"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The new latest category.
    public var latestCategory: CategoryOfAbuse

    /// Creates the payload.
    public init(latestCategory: CategoryOfAbuse) { self.latestCategory = latestCategory }
}

/// A core group meeting was held.
public struct CoreGroupMeetingHeld: ChildEventData {
    /// `CoreGroupMeetingHeld`, version 1.
    public static let typeName = "CoreGroupMeetingHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Ids of the agencies that attended.
    public var attendingAgencies: [String]
    /// When the minutes were circulated to the core group and loaded on the record (Oldham: within 5 WD,
    /// 003 KPS5 Core Group); nil until circulated.
    public var minutesCirculatedOn: CivilDate?

    /// Creates the payload.
    public init(attendingAgencies: [String] = [], minutesCirculatedOn: CivilDate? = nil) {
        self.attendingAgencies = attendingAgencies
        self.minutesCirculatedOn = minutesCirculatedOn
    }

    /// Agency ids well formed; minutes not circulated before the meeting.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.ids(attendingAgencies, at: "data.attendingAgencies")
            + IssueRules.order(start: envelope.occurredOn, end: minutesCirculatedOn, at: "data.minutesCirculatedOn")
    }
}

/// A review child protection conference was held (census `CPPreviewDate` = `occurredOn`).
public struct RcpcHeld: ChildEventData {
    /// `RcpcHeld`, version 1.
    public static let typeName = "RcpcHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The plan continues (false: it ends).
    public var planContinues: Bool
    /// The latest category; required when the plan continues.
    public var latestCategory: CategoryOfAbuse?
    /// Parental factors present.
    public var parentalFactors: ParentalFactors

    /// Creates the payload.
    public init(planContinues: Bool, latestCategory: CategoryOfAbuse?, parentalFactors: ParentalFactors) {
        self.planContinues = planContinues
        self.latestCategory = latestCategory
        self.parentalFactors = parentalFactors
    }

    /// Category present when the plan continues.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard planContinues, latestCategory == nil else { return [] }
        return [ValidationIssue(path: "data.latestCategory", reason: .categoryRequired)]
    }
}

/// A statutory visit (CP, CIN or looked-after) took place.
public struct StatutoryVisitMade: ChildEventData {
    /// `StatutoryVisitMade`, version 1.
    public static let typeName = "StatutoryVisitMade"
    /// Current schema version.
    public static let schemaVersion = 1

    /// Which kind of visit.
    public var visitKind: VisitKind
    /// The child was seen.
    public var childSeen: Bool
    /// The child was seen alone (implies seen).
    public var childSeenAlone: Bool

    /// Creates the payload.
    public init(visitKind: VisitKind, childSeen: Bool, childSeenAlone: Bool) {
        self.visitKind = visitKind
        self.childSeen = childSeen
        self.childSeenAlone = childSeenAlone
    }

    /// Seen alone implies seen.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        guard childSeenAlone, !childSeen else { return [] }
        return [ValidationIssue(path: "data.childSeenAlone", reason: .inconsistentFlags)]
    }
}

/// Another LA notified this LA that a child with a CP plan moved here permanently (starts the 15 WD clock).
public struct TransferInNotified: ChildEventData {
    /// `TransferInNotified`, version 1.
    public static let typeName = "TransferInNotified"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The notifying LA's id (e.g. its DfE LA number).
    public var notifyingAuthority: String

    /// Creates the payload.
    public init(notifyingAuthority: String) { self.notifyingAuthority = notifyingAuthority }

    /// Id well formed.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.id(notifyingAuthority, at: "data.notifyingAuthority")
    }
}

/// The receiving LA's transfer-in conference was held.
public struct TransferInConferenceHeld: ChildEventData {
    /// `TransferInConferenceHeld`, version 1.
    public static let typeName = "TransferInConferenceHeld"
    /// Current schema version.
    public static let schemaVersion = 1

    /// The conference decided a CP plan is needed here.
    public var planRequired: Bool
    /// The category; required exactly when `planRequired`.
    public var category: CategoryOfAbuse?

    /// Creates the payload.
    public init(planRequired: Bool, category: CategoryOfAbuse?) {
        self.planRequired = planRequired
        self.category = category
    }

    /// Category present exactly when a plan results.
    public func issues(in envelope: EventEnvelope) -> [ValidationIssue] {
        IssueRules.category(category, planResults: planRequired, at: "data.category")
    }
}
