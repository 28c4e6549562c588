import CaseModel
import LedgerCalendar
import TextFormats

/// Decodes one rule object, checking it against its book's settings, range and the event catalogue.
struct RuleDecoder {
    /// Every setting a rule may refer to: the built-in ones and the book's.
    let settings: [String: SettingDefinition]
    /// The book's range; a rule's own range must lie inside it.
    let bookRange: InForceRange
    /// The rule's scope once read; patterns of catalogue types must belong to a stream of this kind.
    var scope: StreamKind?

    static let ruleKeys: Set<String> = [
        "id", "family", "title", "scope", "start", "stop", "cancel", "void", "requires", "limit", "counting",
        "recurrence", "source", "inForce",
    ]

    func rule(_ cursor: JSONCursor) throws(RulebookError) -> TimescaleRule {
        let id = try cursor.object(allowing: Self.ruleKeys).required("id").nonEmptyString()
        let object = try cursor.within(rule: id).object(allowing: Self.ruleKeys)
        var decoder = self
        let scopeCursor = try object.required("scope")
        let scope = try scopeCursor.enumeration(StreamKind.self)
        guard TimescaleRule.evaluatedScopes.contains(scope) else {
            let evaluated = TimescaleRule.evaluatedScopes.map(\.rawValue).sorted().joined(separator: ", ")
            throw scopeCursor.error(.invalidValue, "\(scope.rawValue) streams are not evaluated (only \(evaluated))")
        }
        decoder.scope = scope
        var rule = try decoder.rule(object, id: id, scope: scope)
        rule.startLink = try decoder.startLink(object.required("start").object(allowing: Self.startKeys))
        let matchCursor = try object.required("stop").object(allowing: ["events", "match"]).required("match")
        let startTypes = Set(rule.startEvents.map(\.eventType))
        switch rule.stopMatch {
        case .sameEvent where !rule.stopEvents.allSatisfy({ startTypes.contains($0.eventType) }):
            throw matchCursor.error(.invalidValue, "sameEvent needs every stop event type to be a start event type")
        case .link(let field):
            try decoder.checkLinkField(
                field, stops: rule.stopEvents, at: matchCursor.child("field", .string(field)))
        default:
            break
        }
        return rule
    }

    private func rule(_ object: JSONObjectCursor, id: String, scope: StreamKind) throws(RulebookError) -> TimescaleRule
    {
        let start = try object.required("start").object(allowing: Self.startKeys)
        let stop = try object.required("stop").object(allowing: ["events", "match"])
        let counting = try object.optional("counting")?.object(allowing: ["dayCount", "nonWorkingStart", "within"])
        return TimescaleRule(
            id: id, family: try object.required("family").nonEmptyString(),
            title: try object.required("title").nonEmptyString(),
            scope: scope,
            startEvents: try patterns(start.required("events"), nonEmpty: true),
            anchor: try settable(start.optional("anchor"), kind: .anchor, default: .first) {
                cursor throws(RulebookError) in
                try cursor.enumeration(ClockAnchor.self)
            },
            stopEvents: try patterns(stop.required("events"), nonEmpty: true),
            stopMatch: try stopMatch(stop.required("match")),
            cancelEvents: try object.optional("cancel").map { cursor throws(RulebookError) in try patterns(cursor) }
                ?? [],
            voidEvents: try object.optional("void").map { cursor throws(RulebookError) in try patterns(cursor) } ?? [],
            requiredEvents: try object.optional("requires").map { cursor throws(RulebookError) in try patterns(cursor) }
                ?? [],
            limit: try limit(object.required("limit")),
            dayCount: try counting?.optional("dayCount").map { cursor throws(RulebookError) in
                try settable(cursor, kind: .dayCount) { cursor throws(RulebookError) in
                    try cursor.enumeration(DayCountConvention.self)
                }
            },
            nonWorkingStart: try counting?.optional("nonWorkingStart").map { cursor throws(RulebookError) in
                try settable(cursor, kind: .nonWorkingStart) { cursor throws(RulebookError) in
                    try cursor.enumeration(NonWorkingStartPolicy.self)
                }
            },
            within: try counting?.optional("within").map { cursor throws(RulebookError) in
                try settable(cursor, kind: .within) { cursor throws(RulebookError) in
                    try cursor.enumeration(WithinComparison.self)
                }
            },
            recurrence: try object.optional("recurrence").map { cursor throws(RulebookError) in try recurrence(cursor)
            },
            source: try source(object),
            inForce: try ruleRange(object.optional("inForce")),
            settingDefinitions: settings, json: object.cursor.value)
    }

    private func source(_ object: JSONObjectCursor) throws(RulebookError) -> String {
        guard let cursor = object.optional("source") else {
            throw object.cursor.error(.missingSource, "every rule must cite its source")
        }
        let text = try cursor.string()
        guard !text.allSatisfy(\.isWhitespace) else {
            throw cursor.error(.missingSource, "the source citation is empty")
        }
        return text
    }

    private func ruleRange(_ cursor: JSONCursor?) throws(RulebookError) -> InForceRange {
        guard let cursor else { return bookRange }
        let range = try Self.range(cursor)
        guard bookRange.encloses(range) else {
            throw cursor.error(.invalidRange, "rule range \(range) lies outside the book's range \(bookRange)")
        }
        return range
    }

    static func range(_ cursor: JSONCursor) throws(RulebookError) -> InForceRange {
        let object = try cursor.object(allowing: ["from", "to"])
        let range = InForceRange(
            from: try object.required("from").optionalDate(), to: try object.required("to").optionalDate())
        if let from = range.from, let to = range.to, from > to {
            throw cursor.error(.invalidRange, "from \(from) is after to \(to)")
        }
        return range
    }

    func patterns(_ cursor: JSONCursor, nonEmpty: Bool = false) throws(RulebookError) -> [EventPattern] {
        var result: [EventPattern] = []
        for element in try nonEmpty ? cursor.nonEmptyArray() : cursor.array() { result.append(try pattern(element)) }
        return result
    }

    private func pattern(_ cursor: JSONCursor) throws(RulebookError) -> EventPattern {
        let object = try cursor.object(allowing: ["type", "where", "timeField"])
        let typeCursor = try object.required("type")
        let type = try typeCursor.nonEmptyString()
        let fields = try resolveType(type, at: typeCursor)
        var conditions: [EventCondition] = []
        for element in try object.optional("where")?.array() ?? [] {
            conditions.append(try condition(element, of: type, fields: fields))
        }
        return EventPattern(
            eventType: type, conditions: conditions,
            timeField: try object.optional("timeField").map { cursor throws(RulebookError) in
                try timeField(cursor, of: type, fields: fields)
            })
    }

    private func condition(_ cursor: JSONCursor, of type: String, fields: [EventField]) throws(RulebookError)
        -> EventCondition
    {
        let object = try cursor.object(allowing: ["field", "equals", "notEquals", "in"])
        let fieldCursor = try object.required("field")
        let field = try conditionField(try fieldCursor.nonEmptyString(), of: type, fields: fields, at: fieldCursor)
        let tests = ["equals", "notEquals", "in"].filter { object.members[$0] != nil }
        guard tests.count == 1 else {
            throw cursor.error(.invalidValue, "a condition needs exactly one of equals, notEquals, in")
        }
        let operand = try object.required(tests[0])
        let elements = tests[0] == "in" ? try operand.nonEmptyArray() : [operand]
        var values: [ConditionValue] = []
        for element in elements {
            if let id = try element.settingReference() {
                try requireSetting(id, kind: .teamId, at: element)
                try checkValue(.string("team"), of: field, type: type, at: element)
                values.append(.setting(id))
                continue
            }
            let value = try scalar(element)
            try checkValue(value, of: field, type: type, at: element)
            values.append(value)
        }
        switch tests[0] {
        case "equals": return EventCondition(field: field.name, test: .equals(values[0]))
        case "notEquals": return EventCondition(field: field.name, test: .notEquals(values[0]))
        default: return EventCondition(field: field.name, test: .oneOf(values))
        }
    }

    private func scalar(_ cursor: JSONCursor) throws(RulebookError) -> ConditionValue {
        switch cursor.value {
        case .string(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .bool(let flag): return .bool(flag)
        default: throw cursor.error(.wrongType, "expected a string, integer or Boolean, found \(cursor.value.kindName)")
        }
    }

    private func stopMatch(_ cursor: JSONCursor) throws(RulebookError) -> StopMatch {
        let object = try cursor.object(allowing: ["kind", "field"])
        let kindCursor = try object.required("kind")
        switch try kindCursor.string() {
        case "firstAfterStart": return .firstAfterStart
        case "sameEvent": return .sameEvent
        case "link": return .link(field: try object.required("field").nonEmptyString())
        case let other:
            throw kindCursor.error(.invalidValue, "\"\(other)\" is not one of firstAfterStart, link, sameEvent")
        }
    }

    private func recurrence(_ cursor: JSONCursor) throws(RulebookError) -> Recurrence {
        let object = try cursor.object(allowing: ["id", "limits", "endsWith"])
        var limits: [RuleLimit] = []
        for element in try object.required("limits").nonEmptyArray() { limits.append(try limit(element)) }
        return Recurrence(
            id: try object.required("id").nonEmptyString(), limits: limits,
            endsWith: try patterns(object.required("endsWith"), nonEmpty: true))
    }
}
