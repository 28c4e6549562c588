import TextFormats

extension ComplianceReport {
    /// The report as a JSON value: `provenance` plus one array of objects per table (keys are the
    /// column names; numbers stay text so the bytes never depend on number formatting).
    public var jsonValue: JSONValue {
        var provenanceMembers: [String: JSONValue] = [:]
        for (key, value) in provenancePairs {
            guard key == "rulebook" || key == "setting" else {
                provenanceMembers[key] = .string(value)
                continue
            }
            provenanceMembers[key] = .array((provenanceMembers[key]?.arrayValue ?? []) + [.string(value)])
        }
        var members: [String: JSONValue] = [
            "format": .string("caseledger.compliance-report/1"), "provenance": .object(provenanceMembers),
        ]
        for table in tables {
            members[table.title.lowercased().replacing(" ", with: "_")] = .array(
                table.rows.map { row in
                    .object(Dictionary(uniqueKeysWithValues: zip(table.header, row.map(JSONValue.string))))
                })
        }
        return .object(members)
    }

    /// Indented JSON with sorted keys and a final newline.
    public func renderJSON() -> String { PrettyJSON.encode(jsonValue) + "\n" }
}
