import CaseModel

/// Resolution of everything a rule names against the event catalogue when its book loads
/// (docs/rulebook-format.md §3.1): event types, condition fields and values, `timeField`s and link fields.
/// A rule that names something events never carry could never start, stop or be breached; it is refused.
extension RuleDecoder {
    /// Types that never reach rules: the projection applies corrections and retractions to their targets.
    static let supersessionTypes: Set<String> = [EventCorrected.typeName, EventRetracted.typeName]

    /// The payload fields of `type`, once the type is known to exist, to be matchable and to belong to the
    /// rule's scope.
    func resolveType(_ type: String, at cursor: JSONCursor) throws(RulebookError) -> [EventField] {
        guard let dataType = EventCatalogue.type(named: type),
            let fields = EventFieldCatalogue.payloadFields(ofType: type)
        else { throw cursor.error(.unknownEventType, "\"\(type)\" is not in the event catalogue") }
        guard !Self.supersessionTypes.contains(type) else {
            throw cursor.error(
                .invalidValue, "\"\(type)\" never reaches rules: it is applied to the event it supersedes")
        }
        if let scope, dataType.streamKind != scope {
            throw cursor.error(
                .streamMismatch,
                "\"\(type)\" is a \(dataType.streamKind.rawValue) stream event, the rule's scope is \(scope.rawValue)")
        }
        return fields
    }

    /// The payload field a condition reads: it must exist and hold a scalar.
    func conditionField(_ name: String, of type: String, fields: [EventField], at cursor: JSONCursor)
        throws(RulebookError) -> EventField
    {
        guard let field = fields.first(where: { $0.name == name }) else {
            let scalars = fields.filter(\.kind.isScalar).map(\.name)
            throw cursor.error(
                .unknownField, "\(type) has no field \"\(name)\" (conditions can read: \(Self.list(scalars)))",
                field: name)
        }
        guard field.kind.isScalar else {
            throw cursor.error(
                .fieldMismatch,
                "\(type).\(name) is a \(field.kind); conditions compare text, codes, integers or "
                    + "Booleans", field: name)
        }
        return field
    }

    /// Refuses a condition value its field can never hold: another JSON kind, or a code not in the list.
    func checkValue(_ value: ConditionValue, of field: EventField, type: String, at cursor: JSONCursor)
        throws(RulebookError)
    {
        switch (field.kind, value) {
        case (.text, .string), (.integer, .integer), (.boolean, .bool):
            return
        case (.code(let list, let codes), .string(let text)):
            guard !codes.contains(text) else { return }
            throw cursor.error(
                .fieldMismatch, "\(value) is not a \(list) code (\(Self.list(codes)))", field: field.name)
        default:
            throw cursor.error(
                .fieldMismatch, "\(type).\(field.name) is a \(field.kind) and can never equal \(value)",
                field: field.name)
        }
    }

    /// A `timeField`: a date or instant field of the payload, or an envelope field the projection reads
    /// (`EventPattern.envelopeTimeFields`).
    func timeField(_ cursor: JSONCursor, of type: String, fields: [EventField]) throws(RulebookError) -> String {
        let name = try cursor.nonEmptyString()
        if EventPattern.envelopeTimeFields.contains(name) { return name }
        guard let field = fields.first(where: { $0.name == name }) else {
            let times = fields.filter(\.kind.isTime).map(\.name) + EventPattern.envelopeTimeFields.sorted()
            throw cursor.error(
                .unknownField, "\(type) has no date or instant field \"\(name)\" (it has: \(Self.list(times)))",
                field: name)
        }
        guard field.kind.isTime else {
            throw cursor.error(
                .fieldMismatch, "\(type).\(name) is a \(field.kind), not a date or instant", field: name)
        }
        return name
    }

    /// A `link` match's field: every stop event type must carry it as text (the start event's id).
    func checkLinkField(_ name: String, stops: [EventPattern], at cursor: JSONCursor) throws(RulebookError) {
        for stop in stops { try checkLinkField(name, ofType: stop.eventType, at: cursor) }
    }

    /// A link field of `type`: it must exist and hold an event id (text).
    func checkLinkField(_ name: String, ofType type: String, at cursor: JSONCursor) throws(RulebookError) {
        guard let field = EventFieldCatalogue.payloadField(name, ofType: type) else {
            throw cursor.error(.unknownField, "\(type) has no field \"\(name)\"", field: name)
        }
        guard field.kind == .text else {
            throw cursor.error(.fieldMismatch, "\(type).\(name) is a \(field.kind), not an event id", field: name)
        }
    }

    private static func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
}
