import TextFormats

extension AnnualReport {
    /// CSV (RFC 4180, CRLF): one record per figure and year, then provenance records
    /// (`provenance,KEY,VALUE`). Columns: figure, year, value, complete, incompleteReason, definition.
    public func renderCSV() -> String {
        var records = [["figure", "year", "value", "complete", "incompleteReason", "unavailableReason"]]
        for row in rows {
            for cell in row.cells {
                var unavailable = ""
                if case .unavailable(let reason) = cell.value { unavailable = reason }
                records.append([
                    row.figure.id, cell.year.label, cell.value.plainText, cell.incompleteReason == nil ? "yes" : "no",
                    cell.incompleteReason ?? "", unavailable,
                ])
            }
        }
        records += comparators.map { ["comparator", $0.year.label, $0.value, "", $0.figureID, $0.group] }
        records += provenance.pairs.map { ["provenance", $0.0, $0.1, "", "", ""] }
        return CSVWriter().encode(records)
    }

    /// Pretty JSON: years, one object per figure (id, title, definition, source, values by year), comparators,
    /// notes and provenance. Keys are sorted, so the same report gives the same bytes.
    public func renderJSON() -> String {
        let figures: [JSONValue] = rows.map { row in
            .object([
                "id": .string(row.figure.id), "title": .string(row.figure.title),
                "definition": .string(row.figure.definition), "source": .string(row.figure.source),
                "values": .array(row.cells.map(Self.jsonValue)),
            ])
        }
        let document: JSONValue = .object([
            "report": .string("annual"), "year": .string(year.label), "years": .array(years.map { .string($0.label) }),
            "figures": .array(figures),
            "comparators": .array(
                comparators.map {
                    .object([
                        "figure": .string($0.figureID), "group": .string($0.group), "year": .string($0.year.label),
                        "value": .number($0.value),
                    ])
                }),
            "notes": .array(notes.map(JSONValue.string)),
            "provenance": .array(provenance.pairs.map { .array([.string($0.0), .string($0.1)]) }),
        ])
        return PrettyJSON.encode(document) + "\n"
    }

    private static func jsonValue(_ cell: Cell) -> JSONValue {
        var members: [String: JSONValue] = [
            "year": .string(cell.year.label), "complete": .bool(cell.incompleteReason == nil),
        ]
        if let reason = cell.incompleteReason { members["incompleteReason"] = .string(reason) }
        switch cell.value {
        case .count(let count): members["value"] = .integer(Int64(count))
        case .tenths(let tenths): members["value"] = .number(decimalText(tenths: tenths))
        case .unavailable(let reason):
            members["value"] = .null
            members["unavailableReason"] = .string(reason)
        }
        return .object(members)
    }
}
