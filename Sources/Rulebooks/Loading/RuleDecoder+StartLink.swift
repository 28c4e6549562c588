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
        _ = try resolveType(type, at: typeCursor)
        let fieldCursor = try object.required("field")
        let field = try fieldCursor.nonEmptyString()
        try checkLinkField(field, ofType: type, at: fieldCursor)
        return StartLink(eventType: type, field: field)
    }
}
