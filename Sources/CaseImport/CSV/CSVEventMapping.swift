import CaseModel
import TextFormats

/// The CSV form of an event (docs/import-format.md): column `type`, optional `schemaVersion`, envelope
/// columns (`eventId`, `childId`, …, `actor.recordedBy`, …) and `data.<path>` columns.
struct CSVEventMapping {
    /// The columns that name the event type and version.
    static let headerColumns: Set<String> = ["type", "schemaVersion"]
    /// Envelope columns: the envelope's scalar fields plus the actor's fields.
    static let envelopeColumns: Set<String> = EventEnvelope.fieldNames.subtracting(["actor"]).union(
        ["actor.recordedBy", "actor.team", "actor.agency", "actor.decidedBy"])
    /// The prefix of payload columns.
    static let dataPrefix = "data"

    /// The columns of the header.
    let header: [String]

    /// Checks the header: `type` present, every column known (`data.` columns are checked per row).
    /// - Returns: findings for the header line (errors refuse the whole file).
    static func headerFindings(_ header: [String], file: String, line: Int) -> [ImportFinding] {
        var findings: [ImportFinding] = []
        if !header.contains("type") {
            findings.append(
                ImportFinding(
                    severity: .error, stage: .syntax, file: file, line: line, field: "type",
                    reason: "csvMissingTypeColumn"))
        }
        for column in header where !isKnown(column) {
            findings.append(
                ImportFinding(
                    severity: .error, stage: .syntax, file: file, line: line,
                    field: String(column.prefix(EventLimits.idLengthBytesMax)), reason: "csvUnknownColumn",
                    detail: "not an envelope column and not under data."))
        }
        return findings
    }

    private static func isKnown(_ column: String) -> Bool {
        headerColumns.contains(column) || envelopeColumns.contains(column)
            || (column.hasPrefix(dataPrefix + ".") && column.count > dataPrefix.count + 1)
    }

    /// Decodes one row into an event.
    /// - Throws: `CaseEventError` naming the field (column path) of the first problem.
    func event(from fields: [String]) throws(CaseEventError) -> CaseEvent {
        let cells = CSVRowCells(cells: Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first }))
        guard let typeName = cells.consume("type") else { throw CaseEventError(kind: .missingField, path: "type") }
        let dataType = try EventCatalogue.resolve(
            typeName: typeName, schemaVersion: try schemaVersion(cells, typeName: typeName), at: "")
        let envelope = try RowDecoding.decode(EventEnvelope.self, cells: cells, prefix: "", typeName: typeName)
        let data = try RowDecoding.decode(dataType, cells: cells, prefix: Self.dataPrefix, typeName: typeName)
        if let column = cells.unconsumed(excluding: Self.headerColumns).first {
            throw CaseEventError(kind: .unexpectedField, path: column, typeName: typeName)
        }
        return try CaseEvent(envelope: envelope, data: data)
    }

    /// The `schemaVersion` cell, or the type's current version when the cell is empty or absent.
    private func schemaVersion(_ cells: CSVRowCells, typeName: String) throws(CaseEventError) -> Int {
        guard let text = cells.consume("schemaVersion") else {
            return EventCatalogue.type(named: typeName)?.schemaVersion ?? 0
        }
        guard let version = Int(text) else {
            throw CaseEventError(
                kind: .malformed, path: "schemaVersion", value: String(text.prefix(8)), typeName: typeName)
        }
        return version
    }
}
