import CaseModel

extension RuleDecoder {
    /// The keys a rule's `start` object may have.
    static let startKeys: Set<String> = ["events", "anchor", "linkedBy"]

    /// `start.linkedBy`: `{"type": "Section47Started", "field": "strategyDiscussionEventId"}`, or nil. The type
    /// must be a catalogue type of the rule's scope, as in every pattern.
    func startLink(_ start: JSONObjectCursor) throws(RulebookError) -> StartLink? {
        guard let cursor = start.optional("linkedBy") else { return nil }
        let object = try cursor.object(allowing: ["type", "field"])
        let typeCursor = try object.required("type")
        let type = try typeCursor.nonEmptyString()
        if let knownEventTypes, !knownEventTypes.contains(type) {
            throw typeCursor.error(.unknownEventType, "\"\(type)\" is not in the event catalogue")
        }
        if knownEventTypes != nil, let scope, let kind = EventCatalogue.type(named: type)?.streamKind, kind != scope {
            throw typeCursor.error(.streamMismatch, "\"\(type)\" is not a \(scope.rawValue) stream event")
        }
        return StartLink(eventType: type, field: try object.required("field").nonEmptyString())
    }
}
