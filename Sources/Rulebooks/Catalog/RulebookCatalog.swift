import TextFormats

/// Text for the `caseledger rules list|show|check` commands; the CLI prints these strings unchanged.
public enum RulebookCatalog {
    /// One block per book (name, version, edition, range, hash) listing its rules: id, family, limit, source.
    public static func listText(_ set: RulebookSet) -> String {
        var lines: [String] = []
        for book in set.books {
            let authority = book.authority.map { " [\($0)]" } ?? ""
            lines.append("\(book.name) \(book.version) (\(book.edition))\(authority), in force \(book.inForce)")
            lines.append("  sha256 \(book.contentHash)")
            for rule in book.rules {
                lines.append("  \(rule.id)  \(rule.family)  \(limitText(rule.limit, in: rule))  \(rule.source)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A rule for people: title, clocks, limit, counting, recurrence, settings and source.
    public static func showText(_ selected: SelectedRule) -> String {
        let rule = selected.rule
        var lines = [
            "\(rule.id): \(rule.title)",
            "rulebook: \(selected.rulebookName) \(selected.rulebookVersion) (sha256 \(selected.rulebookContentHash))",
            "family: \(rule.family); scope: \(rule.scope.rawValue); in force \(rule.inForce)",
            "starts: \(patternsText(rule.startEvents)) (anchor \(settableText(rule.anchor)))",
            "stops: \(patternsText(rule.stopEvents)) (\(matchText(rule.stopMatch)))",
            "limit: \(limitText(rule.limit, in: rule))",
            "counting: dayCount \(optionalText(rule.dayCount, setting: "dayCount")), nonWorkingStart "
                + "\(optionalText(rule.nonWorkingStart, setting: "nonWorkingStart")), within "
                + "\(optionalText(rule.within, setting: "within"))",
            "ignores settings: "
                + (rule.ignoredSettings.isEmpty
                    ? "none" : rule.ignoredSettings.map(\.description).joined(separator: ", ")),
        ]
        if !rule.cancelEvents.isEmpty { lines.append("cancelled by: \(patternsText(rule.cancelEvents))") }
        if !rule.voidEvents.isEmpty { lines.append("void (never applied) after: \(patternsText(rule.voidEvents))") }
        if !rule.requiredEvents.isEmpty { lines.append("scored only with: \(patternsText(rule.requiredEvents))") }
        if let recurrence = rule.recurrence {
            let limits = recurrence.limits.map { limitText($0, in: rule) }.joined(separator: ", then ")
            lines.append(
                "recurs as \(recurrence.id): \(limits), from the previous stop, until \(patternsText(recurrence.endsWith))"
            )
        }
        lines.append("source: \(rule.source)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rule's JSON object as loaded, pretty-printed with sorted keys.
    public static func showJSON(_ rule: TimescaleRule) -> String { PrettyJSON.encode(rule.json) + "\n" }

    /// Loads a rulebook file's bytes and summarises it: `ok: oldham 1.0.0, 19 rules, 2 settings, sha256 …`.
    ///
    /// - Throws: the `RulebookError` that refuses the file (its description names path, rule and reason).
    public static func checkText(_ bytes: [UInt8]) throws(RulebookError) -> String {
        let book = try Rulebook.parse(bytes)
        return "ok: \(book.name) \(book.version), \(book.rules.count) rules, \(book.settings.count) settings, "
            + "sha256 \(book.contentHash)\n"
    }

    private static func limitText(_ limit: RuleLimit, in rule: TimescaleRule) -> String {
        switch limit {
        case .fixed(let limit): return limit.description
        case .setting(let id): return "setting \(id) (default \(defaultText(id, in: rule)))"
        case .amountWithUnitSetting(let amount, let id):
            return "\(amount) × setting \(id) (default \(defaultText(id, in: rule)))"
        }
    }

    private static func defaultText(_ id: String, in rule: TimescaleRule) -> String {
        rule.settingDefinitions[id].map { $0.defaultValue.description } ?? "undefined"
    }

    private static func settableText<Value: RawRepresentable>(_ value: Settable<Value>) -> String
    where Value.RawValue == String {
        switch value {
        case .value(let value): value.rawValue
        case .setting(let id): "setting \(id)"
        }
    }

    private static func optionalText<Value: RawRepresentable>(_ value: Settable<Value>?, setting: String) -> String
    where Value.RawValue == String {
        value.map(settableText) ?? "setting \(setting)"
    }

    private static func patternsText(_ patterns: [EventPattern]) -> String {
        patterns.map { pattern in
            let conditions = pattern.conditions.map(conditionText)
            let whereText = conditions.isEmpty ? "" : " where " + conditions.joined(separator: " and ")
            let time = pattern.timeField.map { " at \($0)" } ?? ""
            return pattern.eventType + whereText + time
        }.joined(separator: " or ")
    }

    private static func conditionText(_ condition: EventCondition) -> String {
        switch condition.test {
        case .equals(let value): "\(condition.field) = \(value)"
        case .notEquals(let value): "\(condition.field) ≠ \(value)"
        case .oneOf(let values): "\(condition.field) in [\(values.map(\.description).joined(separator: ", "))]"
        }
    }

    private static func matchText(_ match: StopMatch) -> String {
        switch match {
        case .firstAfterStart: "first after the start"
        case .link(let field): "linked by \(field)"
        case .sameEvent: "same event"
        }
    }
}
