/// Rules for events that point at another event by id and type (retractions and redactions, DOMAIN.md §9).
extension IssueRules {
    /// The stream kind of the catalogue type named `typeName`; `.child` if it is unknown (validation reports it).
    static func streamKind(ofTypeNamed typeName: String) -> StreamKind {
        EventCatalogue.type(named: typeName)?.streamKind ?? .child
    }

    /// The linked id is well formed and not the event's own; the linked type is in the catalogue.
    /// `fields` names the two `data` fields (id, type) for the issue paths.
    static func eventLink(
        eventId: String, typeName: String, in envelope: EventEnvelope, at fields: (id: String, type: String)
    ) -> [ValidationIssue] {
        var issues = id(eventId, at: "data." + fields.id)
        if EventCatalogue.type(named: typeName) == nil {
            issues.append(
                ValidationIssue(
                    path: "data." + fields.type, value: String(typeName.prefix(EventLimits.idLengthBytesMax)),
                    reason: .unknownEventType))
        }
        if eventId == envelope.eventId {
            issues.append(ValidationIssue(path: "data." + fields.id, value: eventId, reason: .selfReference))
        }
        return issues
    }
}
