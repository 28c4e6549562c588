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
        case .assessment(let id)?: return assessmentIssues(assessmentID: id, byID: byID)
        case .corrects(let id)?:
            return byID[id] == nil
                ? [unknown("data.correctedEventId", id, "unknownCorrectedEvent")] : []
        case .retracts(let id, let typeName)?:
            guard let retracted = byID[id] else {
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
        let link = linked(
            discussionID, at: field, expecting: (StrategyDiscussionHeld.typeName, "a StrategyDiscussionHeld"),
            unknownReason: "unknownStrategyDiscussion", byID: byID)
        guard let discussion = link.event else { return link.issues }
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

    private static func assessmentIssues(assessmentID: String, byID: [String: EventFacts]) -> [ReferenceIssue] {
        linked(
            assessmentID, at: "data.assessmentEventId", expecting: (AssessmentStarted.typeName, "an AssessmentStarted"),
            unknownReason: "unknownAssessment", byID: byID
        ).issues
    }

    /// The event a link field names, when the stream has it with the expected type; else the one error
    /// saying why not (unknown id, or another type: `expecting` is the type name and how to say it).
    private static func linked(
        _ id: String, at field: String, expecting: (typeName: String, phrase: String), unknownReason: String,
        byID: [String: EventFacts]
    ) -> (event: EventFacts?, issues: [ReferenceIssue]) {
        guard let event = byID[id] else { return (nil, [unknown(field, id, unknownReason)]) }
        guard event.typeName == expecting.typeName else {
            let issue = ReferenceIssue(
                severity: .error, field: field, value: id, reason: "linkedEventWrongType",
                detail: "links to a \(event.typeName), not \(expecting.phrase)")
            return (nil, [issue])
        }
        return (event, [])
    }

    private static func unknown(_ field: String, _ id: String, _ reason: String) -> ReferenceIssue {
        ReferenceIssue(
            severity: .error, field: field, value: id, reason: reason,
            detail: "no event with this id in this stream, in the ledger or the input")
    }
}

/// Rules on the order of episode starts and ends within one stream.
///
/// Episodes are paired in valid-time order (`occurredOn`), because case systems record late: a closure
/// recorded after the next referral still closes the earlier one. Within one day, the next boundary taken
/// is the first in stream order that fits (an end while an episode is open, a start while none is), so a
/// same-day referral and closure pair up whichever was recorded first. An end that finds no open episode is
/// a warning, unless in stream order it directly follows a start of its kind dated after it: then the end
/// is dated before the start it closes, an error.
enum EpisodeRules {
    /// The issues, as indexes into `sequence` (one stream: ledger events, then the run's in input order).
    static func issues(in sequence: [EventFacts]) -> [(index: Int, issue: ReferenceIssue)] {
        let streamOrderStarts = streamOrderPartners(sequence)
        let boundaries = sequence.indices.filter { sequence[$0].boundary != nil }
        let days = Dictionary(grouping: boundaries) { sequence[$0].occurredOn }
        var open: [EpisodeKind: EventFacts] = [:]
        var issues: [(index: Int, issue: ReferenceIssue)] = []
        for day in days.keys.sorted() {
            var pending = days[day]!
            while !pending.isEmpty {
                let pick = pending.firstIndex { fits(sequence[$0].boundary!, open: open) } ?? 0
                let index = pending.remove(at: pick)
                if let issue = apply(sequence[index], open: &open, streamOrderStart: streamOrderStarts[index]) {
                    issues.append((index, issue))
                }
            }
        }
        return issues.sorted { $0.index < $1.index }
    }

    private static func fits(_ boundary: EpisodeBoundary, open: [EpisodeKind: EventFacts]) -> Bool {
        (boundary.edge == .start) == (open[boundary.kind] == nil)
    }

    /// Opens or closes the episode of `facts`, returning the issue if the boundary does not fit.
    private static func apply(
        _ facts: EventFacts, open: inout [EpisodeKind: EventFacts], streamOrderStart: EventFacts?
    ) -> ReferenceIssue? {
        let kind = facts.boundary!.kind
        switch facts.boundary!.edge {
        case .start:
            defer { open[kind] = facts }
            return open[kind] == nil ? nil : alreadyOpen(kind)
        case .end:
            return open.removeValue(forKey: kind) == nil
                ? withoutStart(facts, kind: kind, streamOrderStart: streamOrderStart) : nil
        }
    }

    /// For each end, the start it would close if episodes were paired in stream order.
    private static func streamOrderPartners(_ sequence: [EventFacts]) -> [Int: EventFacts] {
        var open: [EpisodeKind: EventFacts] = [:]
        var partners: [Int: EventFacts] = [:]
        for (index, facts) in sequence.enumerated() {
            guard let boundary = facts.boundary else { continue }
            switch boundary.edge {
            case .start: open[boundary.kind] = facts
            case .end: partners[index] = open.removeValue(forKey: boundary.kind)
            }
        }
        return partners
    }

    private static func alreadyOpen(_ kind: EpisodeKind) -> ReferenceIssue {
        ReferenceIssue(
            severity: .warning, field: "occurredOn", value: kind.rawValue, reason: "episodeAlreadyOpen",
            detail: "a \(kind.rawValue) episode is already open for this stream")
    }

    private static func withoutStart(_ facts: EventFacts, kind: EpisodeKind, streamOrderStart: EventFacts?)
        -> ReferenceIssue
    {
        if let start = streamOrderStart, facts.occurredOn < start.occurredOn {
            return ReferenceIssue(
                severity: .error, field: "occurredOn", value: facts.occurredOn.description, reason: "endBeforeStart",
                detail: "the \(kind.rawValue) episode it closes started on \(start.occurredOn)")
        }
        return ReferenceIssue(
            severity: .warning, field: "occurredOn", value: kind.rawValue, reason: "endWithoutOpenEpisode",
            detail: "no open \(kind.rawValue) episode to end")
    }
}
