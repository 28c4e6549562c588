import TextFormats

extension Rulebook {
    /// The `format` value this library reads.
    public static let formatIdentifier = "caseledger.rulebook/1"

    static let bookKeys: Set<String> = [
        "format", "name", "title", "kind", "authority", "edition", "version", "inForce", "notes", "settings", "rules",
    ]

    /// Loads and validates a rulebook from UTF-8 JSON bytes (docs/rulebook-format.md), resolving every event
    /// type and field its rules name against the CaseModel event catalogue (`EventFieldCatalogue`).
    ///
    /// - Throws: `RulebookError` naming the JSON path, the rule id (and field) and the reason for the first
    ///   problem.
    public static func parse(_ bytes: [UInt8]) throws(RulebookError) -> Rulebook {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw RulebookError(.syntax, path: "", reason: error.description)
        }
        return try parse(document: document)
    }

    /// Loads and validates a rulebook from JSON text; see `parse(_:)` for bytes.
    public static func parse(text: String) throws(RulebookError) -> Rulebook { try parse(Array(text.utf8)) }

    private static func parse(document: JSONValue) throws(RulebookError) -> Rulebook {
        let root = JSONCursor(document)
        let object = try root.object(allowing: bookKeys)
        let formatCursor = try object.required("format")
        guard try formatCursor.string() == formatIdentifier else {
            throw formatCursor.error(.invalidValue, "expected \"\(formatIdentifier)\"")
        }
        let kind = try object.required("kind").enumeration(RulebookKind.self)
        let range = try RuleDecoder.range(object.required("inForce"))
        let settings = try settingDefinitions(object.required("settings"))
        let decoder = RuleDecoder(
            settings: Dictionary(uniqueKeysWithValues: (SettingDefinition.builtIn + settings).map { ($0.id, $0) }),
            bookRange: range)
        return Rulebook(
            name: try object.required("name").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            kind: kind, authority: try authority(object, kind: kind),
            edition: try object.required("edition").nonEmptyString(),
            version: try object.required("version").nonEmptyString(), inForce: range,
            notes: try object.optional("notes")?.string(), settings: settings,
            rules: try rules(object.required("rules"), decoder: decoder),
            contentHash: RulebookDigest.hex(of: CanonicalJSON.encode(document)))
    }

    private static func authority(_ object: JSONObjectCursor, kind: RulebookKind) throws(RulebookError) -> String? {
        switch kind {
        case .local: return try object.required("authority").nonEmptyString()
        case .national:
            guard let cursor = object.optional("authority") else { return nil }
            throw cursor.error(.invalidValue, "a national book has no authority")
        }
    }

    private static func settingDefinitions(_ cursor: JSONCursor) throws(RulebookError) -> [SettingDefinition] {
        var definitions: [SettingDefinition] = []
        var seen = Set(SettingDefinition.builtIn.map(\.id))
        for element in try cursor.array() {
            let definition = try RuleDecoder.settingDefinition(element)
            guard seen.insert(definition.id).inserted else {
                throw element.error(.duplicateID, "setting \"\(definition.id)\" is defined twice")
            }
            definitions.append(definition)
        }
        return definitions
    }

    private static func rules(_ cursor: JSONCursor, decoder: RuleDecoder) throws(RulebookError) -> [TimescaleRule] {
        var rules: [TimescaleRule] = []
        var seen: Set<String> = []
        for element in try cursor.nonEmptyArray() {
            let rule = try decoder.rule(element)
            let ids = [rule.id] + (rule.recurrence.map { [$0.id] } ?? [])
            for id in ids where !seen.insert(id).inserted {
                throw element.within(rule: rule.id).error(.duplicateID, "rule id \"\(id)\" is used twice")
            }
            rules.append(rule)
        }
        return rules
    }
}
