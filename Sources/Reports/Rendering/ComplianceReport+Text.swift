import TextFormats

extension ComplianceReport {
    /// A plain-text report: provenance, then each table with space-padded columns. Every cell is escaped
    /// for the terminal (`TerminalText`): ids and stream names come from the ledger's writers.
    public func renderTable() -> String {
        var lines = ["Timescale compliance report", ""]
        lines += provenancePairs.map { "\($0.0): \(TerminalText.escaped($0.1))" }
        for table in tables {
            lines += ["", table.title] + (table.note.map { [$0] } ?? [])
            let all = ([table.header] + table.rows).map { $0.map(TerminalText.escaped) }
            lines += TextColumns.aligned(all)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180, CRLF): one record per line, the first column naming its section (`provenance`,
    /// `rules`, `by team`, `by worker`, `breaches`); each section starts with its header record.
    public func renderCSV() -> String {
        var records: [[String]] = [["section", "key", "value"]]
        records += provenancePairs.map { ["provenance", $0.0, $0.1] }
        for table in tables {
            let section = table.title.lowercased()
            records.append([section] + table.header)
            records += table.rows.map { [section] + $0 }
        }
        return CSVWriter().encode(records)
    }
}
