import LedgerCalendar

extension CaseEvent {
    /// Single-event validation: envelope rules, then the payload's own rules.
    ///
    /// Cross-event and referential checks (ordering invariants, links to earlier events) belong to the
    /// importer and projections; see `EventCatalogue.boundaries(of:)`.
    /// - Returns: every issue found, errors and warnings, in field order; empty if the event is clean.
    public func validate() -> [ValidationIssue] {
        envelopeIssues() + data.issues(in: envelope)
    }

    private func envelopeIssues() -> [ValidationIssue] {
        var issues = IssueRules.id(envelope.eventId, at: "eventId")
        issues +=
            IssueRules.id(envelope.childId, at: "childId") + IssueRules.id(envelope.householdId, at: "householdId")
        issues += IssueRules.id(envelope.caseId, at: "caseId") + IssueRules.id(envelope.boardId, at: "boardId")
        issues += IssueRules.id(envelope.reviewId, at: "reviewId")
        issues += IssueRules.id(envelope.actor.recordedBy, at: "actor.recordedBy")
        issues +=
            IssueRules.id(envelope.actor.team, at: "actor.team")
            + IssueRules.id(envelope.actor.agency, at: "actor.agency")
        issues += IssueRules.id(envelope.actor.decidedBy, at: "actor.decidedBy")
        issues +=
            IssueRules.id(envelope.sourceSystem, at: "sourceSystem")
            + IssueRules.text(envelope.sourceRef, at: "sourceRef")
        issues += IssueRules.text(envelope.rationale, at: "rationale") + envelope.optionalFieldIssues()
        return issues + timeIssues(occurredOn: envelope.occurredOn, occurredAt: envelope.occurredAt)
    }

    /// Valid time against record time (both as Europe/London dates), and the type's instant requirement.
    private func timeIssues(occurredOn: CivilDate, occurredAt: Instant?) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let recordedOn = envelope.recordedAt.londonDate
        if recordedOn < occurredOn {
            issues.append(
                ValidationIssue(path: "occurredOn", value: occurredOn.description, reason: .occurredAfterRecorded))
        }
        if let occurredAt, occurredAt.londonDate != occurredOn {
            issues.append(
                ValidationIssue(path: "occurredAt", value: occurredAt.description, reason: .occurredAtDateMismatch))
        }
        if occurredAt == nil, type(of: data).requiresInstant {
            issues.append(ValidationIssue(path: "occurredAt", reason: .instantRequired))
        }
        return issues
    }
}
