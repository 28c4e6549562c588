import CaseModel
import LedgerCalendar

/// Rules on links between events of one stream (the ledger's events plus the run's).
enum LinkRules {
    /// What the rules need to know about the whole stream.
    struct StreamContext {
        /// Every event of the stream by id.
        var byID: [String: EventFacts]
        /// Whether the stream has any `Section47Started`.
        var hasSection47: Bool
        /// The date of the stream's earliest referral, if it has one.
        var firstReferral: CivilDate?
    }

    /// Episodes that cannot start before the child's referral (DOMAIN.md §3.16).
    static let kindsAfterReferral: Set<EpisodeKind> = [.assessment, .section47, .cinPlan, .childProtectionPlan]

    /// The problems with `facts`' links and its place in the stream.
    static func issues(_ facts: EventFacts, in context: StreamContext) -> [ReferenceIssue] {
        orderIssues(facts, in: context) + linkIssues(facts, in: context)
    }

    private static func orderIssues(_ facts: EventFacts, in context: StreamContext) -> [ReferenceIssue] {
        if let boundary = facts.boundary, boundary.edge == .start, kindsAfterReferral.contains(boundary.kind),
            let referral = context.firstReferral, facts.occurredOn < referral
        {
            return [
                ReferenceIssue(
                    severity: .warning, field: "occurredOn", value: facts.occurredOn.description,
                    reason: "startBeforeReferral", detail: "before the child's first referral (\(referral))")
            ]
        }
        return []
    }

    private static func linkIssues(_ facts: EventFacts, in context: StreamContext) -> [ReferenceIssue] {
        let byID = context.byID
        if facts.typeName == IcpcHeld.typeName, !context.hasSection47 {
            return [
                ReferenceIssue(
                    severity: .warning, field: "type", value: facts.typeName, reason: "icpcWithoutSection47",
                    detail: "no Section47Started for this child in the ledger or the input")
            ]
        }
        switch facts.link {
        case .strategyDiscussion(let id)?: return section47Issues(facts, discussionID: id, byID: byID)
        case .corrects(let id)?:
            return target(id, byID: byID) == nil
                ? [unknown("data.correctedEventId", id, "unknownCorrectedEvent")] : []
        case .retracts(let id, let typeName)?:
            guard let retracted = target(id, byID: byID) else {
                return [unknown("data.retractedEventId", id, "unknownRetractedEvent")]
            }
            guard retracted.typeName == typeName else {
                return [
                    ReferenceIssue(
                        severity: .error, field: "data.retractedType", value: typeName, reason: "retractedTypeMismatch",
                        detail: "the retracted event is a \(retracted.typeName)")
                ]
            }
            return []
        case nil: return []
        }
    }

    private static func section47Issues(
        _ facts: EventFacts, discussionID: String, byID: [String: EventFacts]
    ) -> [ReferenceIssue] {
        let field = "data.strategyDiscussionEventId"
        guard let discussion = target(discussionID, byID: byID) else {
            return [unknown(field, discussionID, "unknownStrategyDiscussion")]
        }
        guard discussion.typeName == StrategyDiscussionHeld.typeName else {
            return [
                ReferenceIssue(
                    severity: .error, field: field, value: discussionID, reason: "linkedEventWrongType",
                    detail: "links to a \(discussion.typeName), not a StrategyDiscussionHeld")
            ]
        }
        var issues: [ReferenceIssue] = []
        if !discussion.initiatesSection47 {
            issues.append(
                ReferenceIssue(
                    severity: .warning, field: field, value: discussionID, reason: "strategyDiscussionDidNotInitiate",
                    detail: "the linked discussion has initiatesSection47 = false"))
        }
        if facts.occurredOn < discussion.occurredOn {
            issues.append(
                ReferenceIssue(
                    severity: .warning, field: "occurredOn", value: facts.occurredOn.description,
                    reason: "section47BeforeStrategyDiscussion", detail: "dated before the discussion that initiated it"
                ))
        }
        return issues
    }

    /// The linked event, if the stream has it.
    private static func target(_ id: String, byID: [String: EventFacts]) -> EventFacts? { byID[id] }

    private static func unknown(_ field: String, _ id: String, _ reason: String) -> ReferenceIssue {
        ReferenceIssue(
            severity: .error, field: field, value: id, reason: reason,
            detail: "no event with this id in this stream, in the ledger or the input")
    }
}

/// Rules on the order of episode starts and ends within one stream.
enum EpisodeRules {
    /// The problem with `facts` given the open episodes, updating `open`.
    ///
    /// `nextStart` is the stream's next boundary event of the same kind in valid-time order, if it is a start:
    /// an end with no open episode that such a start follows is dated before its own start (an error).
    static func issue(
        _ facts: EventFacts, boundary: EpisodeBoundary, open: inout [EpisodeKind: EventFacts],
        nextStart: EventFacts? = nil
    ) -> ReferenceIssue? {
        let kind = boundary.kind
        switch boundary.edge {
        case .start:
            defer { open[kind] = facts }
            guard open[kind] != nil else { return nil }
            return ReferenceIssue(
                severity: .warning, field: "occurredOn", value: kind.rawValue, reason: "episodeAlreadyOpen",
                detail: "a \(kind.rawValue) episode is already open for this stream")
        case .end:
            defer { open[kind] = nil }
            if open[kind] == nil, let started = nextStart {
                return ReferenceIssue(
                    severity: .error, field: "occurredOn", value: facts.occurredOn.description,
                    reason: "endBeforeStart",
                    detail: "the \(kind.rawValue) episode it ends starts later, on \(started.occurredOn)")
            }
            // Replayed in valid-time order, an open episode always started on or before this end.
            guard open[kind] != nil else {
                return ReferenceIssue(
                    severity: .warning, field: "occurredOn", value: kind.rawValue, reason: "endWithoutOpenEpisode",
                    detail: "no open \(kind.rawValue) episode to end")
            }
            return nil
        }
    }
}
