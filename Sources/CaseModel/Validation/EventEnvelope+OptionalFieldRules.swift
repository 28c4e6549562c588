import LedgerCalendar

// Rules on the optional envelope fields of DOMAIN.md §3.1 added after version 1 of the catalogue
// (`actor.authorisedBy`/`authorisedAt`, `subjects`, `disclosure`, `precision`).

extension EventEnvelope {
    /// Issues in the optional §3.1 fields; empty when they are absent or well formed.
    func optionalFieldIssues() -> [ValidationIssue] {
        authorisationIssues() + subjectIssues() + disclosureIssues() + precisionIssues()
    }

    private func authorisationIssues() -> [ValidationIssue] {
        var issues = IssueRules.id(actor.authorisedBy, at: "actor.authorisedBy")
        guard let authorisedAt = actor.authorisedAt else { return issues }
        if actor.authorisedBy == nil {
            issues.append(ValidationIssue(path: "actor.authorisedAt", reason: .requiresCompanionField))
        }
        if recordedAt < authorisedAt {
            issues.append(
                ValidationIssue(
                    path: "actor.authorisedAt", value: authorisedAt.description, reason: .authorisedAfterRecorded))
        }
        return issues
    }

    private func subjectIssues() -> [ValidationIssue] {
        guard let subjects else { return [] }
        var issues = IssueRules.ids(subjects, at: "subjects")
        if let childId, let index = subjects.firstIndex(of: childId) {
            issues.append(
                ValidationIssue(path: "subjects[\(index)]", value: childId, reason: .duplicateID, severity: .warning))
        }
        return issues
    }

    private func disclosureIssues() -> [ValidationIssue] {
        guard let disclosure else { return [] }
        return IssueRules.nonEmpty(disclosure.withheldFrom, at: "disclosure.withheldFrom")
            + IssueRules.duplicates(disclosure.withheldFrom, at: "disclosure.withheldFrom")
            + IssueRules.text(disclosure.reason, at: "disclosure.reason")
            + IssueRules.id(disclosure.authorisedBy, at: "disclosure.authorisedBy")
    }

    private func precisionIssues() -> [ValidationIssue] {
        switch precision {
        case .instant? where occurredAt == nil:
            [ValidationIssue(path: "occurredAt", reason: .instantRequired)]
        case .month? where occurredAt != nil:
            [ValidationIssue(path: "precision", value: OccurrencePrecision.month.rawValue, reason: .inconsistentFlags)]
        case .month? where occurredOn.day != 1:
            [ValidationIssue(path: "occurredOn", value: occurredOn.description, reason: .monthNotOnFirstDay)]
        default:
            []
        }
    }
}
