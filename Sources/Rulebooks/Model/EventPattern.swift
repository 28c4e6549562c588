/// A scalar a condition compares an event field against.
public enum ConditionValue: Hashable, Sendable, CustomStringConvertible {
    /// A string (codes such as `nfa`).
    case string(String)
    /// An integer.
    case integer(Int64)
    /// A Boolean flag.
    case bool(Bool)
    /// The value of a `teamId` setting (`{"setting": "oldham.familyConnectTeam"}`), replaced by the setting's
    /// value when an engine is built (`EventPattern.resolvingSettings`); unresolved, it matches nothing.
    case setting(String)

    /// The value as JSON text would spell it.
    public var description: String {
        switch self {
        case .string(let text): "\"\(text)\""
        case .integer(let number): String(number)
        case .bool(let flag): String(flag)
        case .setting(let id): "{\"setting\": \"\(id)\"}"
        }
    }
}

/// A condition on one payload field of an event.
public struct EventCondition: Hashable, Sendable {
    /// How the field is compared.
    public enum Test: Hashable, Sendable {
        /// The field is present and equal to the value.
        case equals(ConditionValue)
        /// The field is absent or different from the value.
        case notEquals(ConditionValue)
        /// The field is present and equal to one of the values.
        case oneOf([ConditionValue])
    }

    /// The payload field's name.
    public var field: String
    /// The comparison.
    public var test: Test

    /// The ids of the settings the condition compares with.
    public var settingReferences: [String] {
        let items: [ConditionValue] =
            switch test {
            case .equals(let item), .notEquals(let item): [item]
            case .oneOf(let items): items
            }
        return items.compactMap { if case .setting(let id) = $0 { id } else { nil } }
    }

    /// Creates a condition.
    public init(field: String, test: Test) {
        self.field = field
        self.test = test
    }

    /// Whether the condition holds for a field value (nil when the event has no such field). A condition
    /// naming an unresolved setting holds for nothing.
    public func holds(for value: ConditionValue?) -> Bool {
        guard settingReferences.isEmpty else { return false }
        return switch test {
        case .equals(let expected): value == expected
        case .notEquals(let unexpected): value != unexpected
        case .oneOf(let allowed): value.map(allowed.contains) ?? false
        }
    }
}

/// An event type with conditions on its fields, and optionally the field that gives the clock point.
public struct EventPattern: Hashable, Sendable {
    /// The event type name from the CaseModel catalogue (`IcpcHeld`).
    public var eventType: String
    /// Conditions that must all hold.
    public var conditions: [EventCondition]
    /// A date or instant field used as the clock point instead of `occurredAt`; nil for `occurredAt`.
    public var timeField: String?

    /// Envelope fields a `timeField` may name besides the payload's date and instant fields (the projection
    /// reads these from the envelope).
    public static let envelopeTimeFields: Set<String> = ["recordedAt"]

    /// Creates a pattern.
    public init(eventType: String, conditions: [EventCondition] = [], timeField: String? = nil) {
        self.eventType = eventType
        self.conditions = conditions
        self.timeField = timeField
    }

    /// The same pattern with every setting value replaced by `value(id)` (left as it is where that is nil).
    public func resolvingSettings(_ value: (String) -> ConditionValue?) -> EventPattern {
        func replace(_ item: ConditionValue) -> ConditionValue {
            if case .setting(let id) = item { return value(id) ?? item }
            return item
        }
        var resolved = self
        resolved.conditions = conditions.map { condition in
            var copy = condition
            switch condition.test {
            case .equals(let item): copy.test = .equals(replace(item))
            case .notEquals(let item): copy.test = .notEquals(replace(item))
            case .oneOf(let items): copy.test = .oneOf(items.map(replace))
            }
            return copy
        }
        return resolved
    }

    /// Whether an event of `type` whose fields are read through `field` matches this pattern.
    public func matches(type: String, field: (String) -> ConditionValue?) -> Bool {
        type == eventType && conditions.allSatisfy { $0.holds(for: field($0.field)) }
    }
}
