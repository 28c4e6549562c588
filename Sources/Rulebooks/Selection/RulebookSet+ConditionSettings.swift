extension RulebookSet {
    /// The value a condition's setting reference stands for: the override in `settings`, else the default.
    /// Only `teamId` settings can be compared by conditions (docs/rulebook-format.md §4).
    public func conditionValue(of id: String, settings: RuleSettings) -> ConditionValue? {
        switch settings.overrides[id] ?? settingDefinitions[id]?.defaultValue {
        case .teamId(let team): .string(team)
        default: nil
        }
    }

    /// The books with every condition's setting reference replaced by its value under `settings`, so that
    /// patterns compare with the configured team ids.
    public func resolvingConditionSettings(_ settings: RuleSettings) -> RulebookSet {
        let value = { (id: String) in conditionValue(of: id, settings: settings) }
        let books = books.map { book in
            var resolved = book
            resolved.rules = book.rules.map { $0.resolvingConditionSettings(value) }
            return resolved
        }
        guard let set = try? RulebookSet(books) else {
            preconditionFailure("resolving condition values changes no rule id, family or range")
        }
        return set
    }

    /// The ids of every setting a condition of a rule compares with, sorted.
    public var conditionSettingIDs: [String] {
        let patterns = books.flatMap(\.rules).flatMap(\.allPatterns)
        return Set(patterns.flatMap { $0.conditions.flatMap(\.settingReferences) }).sorted()
    }
}

extension TimescaleRule {
    /// Every pattern of the rule: start, stop, cancel, void, required and recurrence end events.
    public var allPatterns: [EventPattern] {
        startEvents + stopEvents + cancelEvents + voidEvents + requiredEvents + (recurrence?.endsWith ?? [])
    }

    /// The rule with each pattern's setting references replaced through `value`.
    func resolvingConditionSettings(_ value: (String) -> ConditionValue?) -> TimescaleRule {
        var rule = self
        rule.conditionSettings = Set(allPatterns.flatMap { $0.conditions.flatMap(\.settingReferences) }).sorted()
        func resolve(_ patterns: [EventPattern]) -> [EventPattern] { patterns.map { $0.resolvingSettings(value) } }
        rule.startEvents = resolve(startEvents)
        rule.stopEvents = resolve(stopEvents)
        rule.cancelEvents = resolve(cancelEvents)
        rule.voidEvents = resolve(voidEvents)
        rule.requiredEvents = resolve(requiredEvents)
        rule.recurrence?.endsWith = resolve(recurrence?.endsWith ?? [])
        return rule
    }
}
