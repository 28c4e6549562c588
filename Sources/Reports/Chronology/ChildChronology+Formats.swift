import TextFormats

extension ChildChronology {
    /// Markdown: the header as a list, the entries as a table (a retracted row struck through with `~~`),
    /// then the clocks.
    public func renderMarkdown(_ pseudonyms: Pseudonyms = .none) -> String {
        var lines = ["# Chronology of \(Self.markdownCell(pseudonyms.label(childId)))", ""]
        lines += headerPairs(pseudonyms).map { "- **\($0.name)**: \(Self.markdownCell($0.value))" }
        lines += ["", "## Events", ""]
        lines += Self.markdownTable(
            header: Self.columnTitles,
            rows: rows(pseudonyms).map { row in
                Self.fields(of: row).map { cell in
                    row.status == "retracted" && !cell.isEmpty ? "~~\(cell)~~" : cell
                }
            })
        lines += ["", "## Clocks (judged on \(judgedOn))", ""]
        lines += Self.markdownTable(header: Self.clockColumnTitles, rows: clockRows(pseudonyms))
        return lines.joined(separator: "\n") + "\n"
    }

    /// CSV (RFC 4180): one record per entry under `columnTitles`; the header and clocks are in the other
    /// formats.
    public func renderCSV(_ pseudonyms: Pseudonyms = .none) -> String {
        CSVWriter().encode([Self.columnTitles] + rows(pseudonyms).map(Self.fields(of:)))
    }

    /// JSON: `format`, `header` (name → value), `entries` and `clocks` (arrays of objects keyed by column
    /// title); indented, sorted keys, final newline.
    public func renderJSON(_ pseudonyms: Pseudonyms = .none) -> String {
        var header: [String: JSONValue] = [:]
        for (name, value) in headerPairs(pseudonyms) {
            header[name] = header[name].map { .string(($0.stringValue ?? "") + "\n" + value) } ?? .string(value)
        }
        let entries = rows(pseudonyms).map { row in
            JSONValue.object(
                Dictionary(uniqueKeysWithValues: zip(Self.columnTitles, Self.fields(of: row).map(JSONValue.string))))
        }
        let clocks = clockRows(pseudonyms).map { row in
            JSONValue.object(Dictionary(uniqueKeysWithValues: zip(Self.clockColumnTitles, row.map(JSONValue.string))))
        }
        return PrettyJSON.encode(
            .object([
                "format": .string("caseledger.chronology/1"), "header": .object(header), "entries": .array(entries),
                "clocks": .array(clocks),
            ])) + "\n"
    }

    private static func markdownTable(header: [String], rows: [[String]]) -> [String] {
        let line = { (cells: [String]) in "| " + cells.map(markdownCell).joined(separator: " | ") + " |" }
        return [line(header), line(header.map { _ in "---" })] + rows.map(line)
    }

    /// A cell with `|` escaped and line breaks flattened.
    private static func markdownCell(_ text: String) -> String {
        text.replacing("|", with: "\\|").replacing("\n", with: " ").replacing("\r", with: " ")
    }
}
