import TextFormats

extension RulebookSet {
    /// Every setting the books define (the built-in counting conventions and each book's own), by id.
    public var settingDefinitions: [String: SettingDefinition] {
        var definitions = Dictionary(uniqueKeysWithValues: SettingDefinition.builtIn.map { ($0.id, $0) })
        for book in books { for setting in book.settings { definitions[setting.id] = setting } }
        return definitions
    }

    /// Overrides from `ID=VALUE` assignments, as a user types them: `dayCount=inclusive`,
    /// `wt2010.initialAssessmentLimit=10 workingDays` (a limit is `AMOUNT UNIT`), `wt2010.icpcAnchor=first`.
    ///
    /// - Throws: `RulebookError` naming the assignment: `.unknownSetting` for an id no book defines (the
    ///   message lists them), `.invalidValue` / `.unknownUnit` for a value the setting's kind does not take.
    public func settings(parsing assignments: [String]) throws(RulebookError) -> RuleSettings {
        let definitions = settingDefinitions
        var overrides: [String: SettingValue] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw RulebookError(.invalidValue, path: assignment, reason: "expected ID=VALUE")
            }
            let id = String(assignment[..<equals])
            let text = String(assignment[assignment.index(after: equals)...])
            guard let definition = definitions[id] else {
                throw RulebookError(
                    .unknownSetting, path: assignment,
                    reason: "one of the settings \(definitions.keys.sorted().joined(separator: ", "))")
            }
            let cursor = JSONCursor(Self.settingJSON(text, kind: definition.kind), path: id)
            do {
                overrides[id] = try RuleDecoder.settingValue(cursor, kind: definition.kind)
            } catch {
                let form = definition.kind == .limit ? "AMOUNT UNIT, e.g. 10 workingDays; " : ""
                let reason = "a \(definition.kind.rawValue) value (\(form)\(error.reason))"
                throw RulebookError(error.code, path: assignment, reason: reason)
            }
        }
        return RuleSettings(overrides)
    }

    /// `10 workingDays` → `{"amount": 10, "unit": "workingDays"}` for limits; any other value as a string.
    private static func settingJSON(_ text: String, kind: SettingKind) -> JSONValue {
        guard kind == .limit else { return .string(text) }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2, let amount = Int64(words[0]) else { return .string(text) }
        return .object(["amount": .integer(amount), "unit": .string(String(words[1]))])
    }
}
